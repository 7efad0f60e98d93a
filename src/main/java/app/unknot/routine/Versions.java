package app.unknot.routine;

import app.unknot.routine.store.RoutineRepository;
import app.unknot.system.LimitReachedException;
import app.unknot.system.OneAtATime;
import java.util.Optional;
import java.util.function.Supplier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The versions a therapist adjusted from a routine: the newest, and how many one routine may have. */
@Component
public class Versions {

    private final RoutineRepository repository;
    private final int most;
    private final OneAtATime turns = new OneAtATime();

    Versions(RoutineRepository repository, @Value("${unknot.limits.versions-per-routine}") int most) {
        this.repository = repository;
        this.most = most;
    }

    /** The newest version a therapist adjusted from this routine, if any. */
    @Transactional(readOnly = true)
    public Optional<String> newest(String id) {
        return repository.versionsOf(id, Limit.of(1)).stream().findFirst();
    }

    /**
     * Saves one more version of this routine, in turn with any other for it: the save returns once it
     * is committed, so the next one counts it.
     *
     * @throws LimitReachedException ({@code versions}) when it has as many as it may keep
     */
    RoutineView oneMore(String id, Supplier<RoutineView> save) {
        return turns.run(id, () -> {
            if (repository.countByAdjustedFrom(id) >= most) {
                throw new LimitReachedException("versions");
            }
            return save.get();
        });
    }
}
