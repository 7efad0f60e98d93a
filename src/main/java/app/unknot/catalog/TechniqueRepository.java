package app.unknot.catalog;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.repository.Repository;

public interface TechniqueRepository extends Repository<Technique, Integer>, JpaSpecificationExecutor<Technique> {

    /** Techniques matching a filter, with what a list shows, in one query. */
    @Override
    @EntityGraph(attributePaths = {"areas", "tools", "phases"})
    List<Technique> findAll(Specification<Technique> filter, Sort sort);

    /** One technique with everything its page shows. */
    @EntityGraph(attributePaths = {"areas", "tools", "phases", "instructions", "cautions"})
    Optional<Technique> findBySlug(String slug);

    /** The whole catalog, fully loaded, for the routine builder. */
    @EntityGraph(attributePaths = {"areas", "tools", "phases", "instructions", "cautions"})
    List<Technique> findAllByOrderById();
}
