package app.unknot.routine;

import app.unknot.catalog.Catalog;
import app.unknot.system.NotFoundException;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Builds and saves routines, and finds saved ones worded for people. */
@Service
public class RoutineService {

    private final Catalog catalog;
    private final RoutineBuilder builder;
    private final RoutineRepository repository;
    private final RoutineWriter writer;
    private final RoutineViewMapper views;
    private final Clock clock = Clock.systemUTC();

    RoutineService(Catalog catalog, RoutineRepository repository, RoutineWriter writer, RoutineViewMapper views) {
        this.catalog = catalog;
        this.builder = new RoutineBuilder(catalog);
        this.repository = repository;
        this.writer = writer;
        this.views = views;
    }

    /** Builds the routine for a request the form or the API has validated, and saves it durably. */
    RoutineView create(RoutineRequest request, Locale locale) {
        RoutinePlan plan = builder.build(request);
        // Databases keep microseconds: the routine answered now reads back the same later.
        var routine = new RoutineEntity(RoutineIds.next(), clock.instant().truncatedTo(ChronoUnit.MICROS), request, plan,
            condition -> catalog.condition(condition).name());
        writer.save(routine);
        return views.toView(routine, locale);
    }

    /**
     * The saved routine with this id, worded for the locale.
     *
     * @throws NotFoundException when there is none
     */
    @Transactional(readOnly = true)
    public RoutineView view(String id, Locale locale) {
        return views.toView(find(id), locale);
    }

    RoutineEntity find(String id) {
        if (!RoutineIds.wellFormed(id)) {
            throw new NotFoundException("routine");
        }
        return repository.findById(id).orElseThrow(() -> new NotFoundException("routine"));
    }
}
