package app.unknot.routine;

import app.unknot.catalog.BodyArea;
import app.unknot.catalog.Catalog;
import app.unknot.catalog.RedFlag;
import app.unknot.routine.plan.ChosenStep;
import app.unknot.routine.plan.RequestProblem;
import app.unknot.routine.plan.RoutineBuilder;
import app.unknot.routine.plan.RoutinePlan;
import app.unknot.routine.plan.RoutineRequest;
import app.unknot.routine.plan.ScreenedCandidates;
import app.unknot.routine.store.RoutineEntity;
import app.unknot.routine.store.RoutineRepository;
import app.unknot.routine.store.RoutineViewMapper;
import app.unknot.routine.store.RoutineWriter;
import app.unknot.routine.store.ShownTechniques;
import app.unknot.safety.SafetyAnswers;
import app.unknot.system.ConflictException;
import app.unknot.system.NotFoundException;
import app.unknot.system.RandomIds;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Builds and saves routines, and finds saved ones worded for people. */
@Service
public class RoutineService {

    /**
     * A cookie for one routine's pages and one visit (no expiry, so it goes when the browser closes):
     * the person answered the warning signs the routine had not asked ({@link #unaskedSigns}) this visit.
     */
    public static final String SIGNS_CHECKED_COOKIE = "unknot-signs-checked";

    private final Catalog catalog;
    private final RoutineBuilder builder;
    private final RoutineRepository repository;
    private final RoutineWriter writer;
    private final RoutineViewMapper views;
    private final ShownTechniques techniques;
    private final Versions versions;
    private final Clock clock = Clock.systemUTC();

    RoutineService(Catalog catalog, RoutineRepository repository, RoutineWriter writer, RoutineViewMapper views,
                   ShownTechniques techniques, Versions versions) {
        this.catalog = catalog;
        this.builder = new RoutineBuilder(catalog);
        this.repository = repository;
        this.writer = writer;
        this.views = views;
        this.techniques = techniques;
        this.versions = versions;
    }

    /** Builds the routine for a request the form or the API has validated, and saves it durably. */
    public RoutineView create(RoutineRequest request, Locale locale) {
        return save(request, builder.build(request), null, null, Handout.NONE, asked(request), locale);
    }

    /**
     * The warning signs the form asks today of someone with this routine's areas and conditions that its
     * person was not asked: signs added since it was built. It asks them before it plays again.
     *
     * @throws NotFoundException when there is no such routine
     */
    @Transactional(readOnly = true)
    public List<RedFlag> unaskedSigns(String id) {
        RoutineEntity routine = repository.find(id);
        RoutineRequest request = routine.request();
        Set<String> asked = Set.copyOf(routine.signsAsked());
        return catalog.redFlagsAskedFor(request.areas(), request.screening().conditions()).stream()
            .filter(flag -> !asked.contains(flag.slug())).toList();
    }

    /**
     * A yes to a sign the routine had not asked: a new routine from the same answers with those signs,
     * which stops as any routine with them would.
     *
     * @throws NotFoundException when there is no such routine
     */
    public RoutineView withSigns(String id, Set<String> redFlags, Locale locale) {
        RoutineRequest before = repository.find(id).request();
        SafetyAnswers answers = before.screening();
        Set<String> raised = new LinkedHashSet<>(answers.redFlags());
        raised.addAll(redFlags);
        return create(new RoutineRequest(before.areas(), before.tools(), before.minutes(), before.performer(),
            new SafetyAnswers(answers.conditions(), answers.affectedAreas(), raised, answers.painLevel(), answers.painWeeks(),
                answers.cancerCleared(), answers.painRoseLastTime())), locale);
    }

    /** The warning signs the form asks of someone with these areas and conditions. */
    private List<String> asked(RoutineRequest request) {
        return catalog.redFlagsAskedFor(request.areas(), request.screening().conditions()).stream().map(RedFlag::slug).toList();
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
        RoutineEntity first = repository.find(id);
        if (first.status() == PlanStatus.STOP) {
            throw new IllegalStateException("a red flag stopped routine " + id);
        }
        RoutineRequest before = first.request();
        var request = new RoutineRequest(before.areas(), before.tools(), before.minutes(), before.performer(),
            before.screening().afterPainRose(painRose));
        return save(request, builder.build(request, hurt), id, null, Handout.NONE, first.signsAsked(), locale);
    }

    /**
     * What the adjust page offers: the routine, and every technique for its areas, tools and
     * performer, each with the rule that rules it out for this person, if any.
     *
     * @throws NotFoundException when there is no such routine
     * @throws ConflictException when a red flag stopped it: there is nothing to adjust
     */
    @Transactional(readOnly = true)
    public Adjusting adjusting(String id, Locale locale) {
        RoutineEntity routine = adjustable(id);
        ScreenedCandidates screened = builder.screened(routine.request(), routine.hurt());
        List<Adjusting.Choice> choices = builder.candidates(routine.request()).stream()
            .map(technique -> new Adjusting.Choice(technique,
                screened.ruleOut(technique).map(rule -> views.worded(rule, locale)).orElse(null)))
            .toList();
        return new Adjusting(views.toView(routine, locale), choices).translated(views.translation(locale));
    }

    /**
     * What is wrong with a therapist's steps for the routine, screened with the answers it was built
     * from and what hurt in its sessions, as the builder screens them; empty when {@link #adjust}
     * can save them. The controllers word them for the page or the API.
     *
     * @throws NotFoundException when there is no such routine
     * @throws ConflictException when a red flag stopped it
     */
    @Transactional(readOnly = true)
    public List<RequestProblem> problems(String id, List<ChosenStep> steps) {
        RoutineEntity routine = adjustable(id);
        return builder.problems(routine.request(), routine.hurt(), steps);
    }

    /**
     * Saves the steps and handout as a new routine, a version "adjusted from" this one, which keeps
     * exactly what it was.
     *
     * @throws IllegalArgumentException when there are {@link #problems} with the steps
     * @throws app.unknot.system.LimitReachedException when it has as many versions as it may keep
     */
    public RoutineView adjust(String id, List<ChosenStep> steps, Handout handout, Locale locale) {
        return versions.oneMore(id, () -> {
            RoutineEntity first = adjustable(id);
            RoutinePlan plan = builder.shape(first.request(), first.hurt(), steps, first.phases());
            return save(first.request(), plan, null, id, handout, first.signsAsked(), locale);
        });
    }

    /**
     * A routine for someone else from this one's steps, screened against their answers: what those
     * rule out is left out and listed. It keeps the therapist's notes and frequency, not the client's
     * initials, and does not point back at the routine it came from, which is another person's.
     *
     * @param request the other person's request (the first one's areas, tools, time and performer)
     * @throws ConflictException when a red flag stopped the first one: it has no steps to start from
     */
    public RoutineView reuse(String id, RoutineRequest request, Locale locale) {
        RoutineEntity first = adjustable(id);
        RoutinePlan plan = builder.reuse(request, first.chosenSteps(), first.phases());
        return save(request, plan, null, null, plan.status() == PlanStatus.STOP ? Handout.NONE
            : first.handout().forAnotherClient(), asked(request), locale);
    }

    private RoutineEntity adjustable(String id) {
        RoutineEntity routine = repository.find(id);
        if (routine.status() == PlanStatus.STOP) {
            throw new ConflictException("stopped");
        }
        return routine;
    }

    /**
     * Deletes the routine; its sessions go with it (the database cascades), and a routine made
     * again from it forgets where it came from.
     *
     * @throws NotFoundException when there is none
     */
    @Transactional
    public void delete(String id) {
        repository.delete(repository.find(id));
    }

    /** Whether a routine with this id is saved: false once it is deleted. */
    public boolean exists(String id) {
        return RandomIds.wellFormed(id) && repository.existsById(id);
    }

    private RoutineView save(RoutineRequest request, RoutinePlan plan, String madeFrom, String adjustedFrom,
                             Handout handout, List<String> signsAsked, Locale locale) {
        // Databases keep microseconds: the routine answered now reads back the same later.
        var routine = new RoutineEntity(RandomIds.next(), clock.instant().truncatedTo(ChronoUnit.MICROS), request, plan,
            condition -> catalog.condition(condition).name(), techniques::keep, madeFrom, adjustedFrom, handout);
        routine.askedSigns(signsAsked);
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
        return views.toView(repository.find(id), locale);
    }

    /**
     * The answers the saved routine with this id was built from, for the form to ask them again.
     *
     * @throws NotFoundException when there is none
     */
    public RoutineRequest request(String id) {
        return repository.find(id).request();
    }

    /**
     * The areas the saved routine with this id was built for, main area first.
     *
     * @throws NotFoundException when there is none
     */
    public List<BodyArea> areas(String id) {
        return request(id).areas().stream().filter(catalog::hasArea).map(catalog::area).toList();
    }
}
