package app.unknot.routine;

import java.util.Optional;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.repository.Repository;

interface RoutineRepository extends Repository<Routine, String> {

    Routine save(Routine routine);

    /** A routine with its steps and exclusions, in one query. */
    @EntityGraph(attributePaths = {"steps", "exclusions"})
    Optional<Routine> findById(String id);
}
