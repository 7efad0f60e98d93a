package app.unknot.catalog;

import java.util.List;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.repository.Repository;

public interface ConditionRestrictionRepository extends Repository<ConditionRestriction, Integer> {

    /** Every restriction with what matching needs, in condition order. */
    @EntityGraph(attributePaths = {"condition", "tool", "listedAreas"})
    List<ConditionRestriction> findAllByOrderByConditionPositionAscIdAsc();
}
