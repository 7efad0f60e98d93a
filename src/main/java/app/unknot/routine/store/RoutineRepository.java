package app.unknot.routine.store;

import app.unknot.system.NotFoundException;
import app.unknot.system.RandomIds;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.repository.Repository;

public interface RoutineRepository extends Repository<RoutineEntity, String> {

    /**
     * The routine with this id, with its steps and exclusions.
     *
     * @throws NotFoundException when there is none; an id not made by {@link RandomIds} is not looked up
     */
    default RoutineEntity find(String id) {
        if (!RandomIds.wellFormed(id)) {
            throw new NotFoundException("routine");
        }
        return findById(id).orElseThrow(() -> new NotFoundException("routine"));
    }

    /** A routine with its steps and exclusions, in one query. */
    @EntityGraph(attributePaths = {"steps", "exclusions"})
    Optional<RoutineEntity> findById(String id);

    boolean existsById(String id);

    /** The ids of the versions adjusted from this routine, newest first. */
    @Query("select r.id from RoutineEntity r where r.adjustedFrom = :id order by r.createdAt desc, r.id")
    List<String> versionsOf(String id, Limit limit);

    long countByAdjustedFrom(String id);

    /** Its steps and exclusions go first, as JPA deletes element collections before their owner. */
    void delete(RoutineEntity routine);
}
