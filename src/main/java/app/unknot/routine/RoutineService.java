package app.unknot.routine;

import app.unknot.catalog.Catalog;
import app.unknot.system.NotFoundException;
import app.unknot.system.RandomIds;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Map;
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
        return save(request, builder.build(request), null, locale);
    }

    /**
     * A new routine from the answers the saved one was built from, leaving out what hurt in its
     * sessions, gentle only when the pain rose after one; it names the one it was made from.
     *
     * @param hurt the slugs of techniques marked as hurting, each with the words that say when
     * @throws NotFoundException when there is no such routine
     * @throws IllegalStateException when a red flag stopped it: that needs a doctor, not another routine
     */
    public RoutineView again(String id, Map<String, String> hurt, boolean painRose, Locale locale) {
        RoutineEntity first = find(id);
        if (first.status() == PlanStatus.STOP) {
            throw new IllegalStateException("a red flag stopped routine " + id);
        }
        RoutineRequest before = first.request();
        var request = new RoutineRequest(before.areas(), before.tools(), before.minutes(), before.performer(),
            before.screening().afterPainRose(painRose));
        return save(request, builder.build(request, hurt), id, locale);
    }

    /**
     * Deletes the routine; its sessions go with it (the database cascades), and a routine made
     * again from it forgets where it came from.
     *
     * @throws NotFoundException when there is none
     */
    @Transactional
    public void delete(String id) {
        repository.delete(find(id));
    }

    /** Whether a routine with this id is saved: false once it is deleted. */
    public boolean exists(String id) {
        return RandomIds.wellFormed(id) && repository.existsById(id);
    }

    private RoutineView save(RoutineRequest request, RoutinePlan plan, String madeFrom, Locale locale) {
        // Databases keep microseconds: the routine answered now reads back the same later.
        var routine = new RoutineEntity(RandomIds.next(), clock.instant().truncatedTo(ChronoUnit.MICROS), request, plan,
            condition -> catalog.condition(condition).name(), madeFrom);
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
        if (!RandomIds.wellFormed(id)) {
            throw new NotFoundException("routine");
        }
        return repository.findById(id).orElseThrow(() -> new NotFoundException("routine"));
    }
}
