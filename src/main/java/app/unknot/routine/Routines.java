package app.unknot.routine;

import app.unknot.system.NotFoundException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Builds, saves and finds routines. */
@Service
class Routines {

    private final SafetyCatalogSource catalog;
    private final RoutineRepository repository;
    private final Clock clock;

    Routines(SafetyCatalogSource catalog, RoutineRepository repository) {
        this.catalog = catalog;
        this.repository = repository;
        this.clock = Clock.systemUTC();
    }

    /**
     * What is wrong with a request against the catalog: unknown slugs, and local conditions
     * (fracture, burn, wound) without the areas they affect. Empty when it can be built.
     */
    List<RequestProblem> problems(RoutineRequest request) {
        SafetyCatalog safety = catalog.get();
        List<RequestProblem> problems = new ArrayList<>();
        safety.unknownSlugs(request).keySet().forEach(field ->
            problems.add(new RequestProblem(field, RequestProblem.UNKNOWN)));
        if (!safety.localConditionsMissingAreas(request).isEmpty()) {
            problems.add(new RequestProblem("affectedAreas", RequestProblem.AREAS_NEEDED));
        }
        return problems;
    }

    /** Builds the routine for a request that has no {@link #problems} and saves it. */
    @Transactional
    Routine create(RoutineRequest request) {
        RoutinePlan plan = new RoutineBuilder(catalog.get()).build(request);
        return repository.save(new Routine(RoutineIds.next(), clock.instant(), request, plan));
    }

    @Transactional(readOnly = true)
    Routine find(String id) {
        if (!RoutineIds.wellFormed(id)) {
            throw new NotFoundException("routine");
        }
        return repository.findById(id).orElseThrow(() -> new NotFoundException("routine"));
    }
}
