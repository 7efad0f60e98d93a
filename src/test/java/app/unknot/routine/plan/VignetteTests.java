package app.unknot.routine.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import app.unknot.catalog.BodyArea;
import app.unknot.catalog.Catalog;
import app.unknot.catalog.Condition;
import app.unknot.catalog.Movement;
import app.unknot.catalog.Performer;
import app.unknot.catalog.Posture;
import app.unknot.catalog.Pressure;
import app.unknot.catalog.RedFlag;
import app.unknot.catalog.Technique;
import app.unknot.catalog.TechniqueKind;
import app.unknot.catalog.Urgency;
import app.unknot.catalog.store.CatalogLoader;
import app.unknot.routine.PlanStatus;
import app.unknot.safety.SafetyAnswers;
import com.fasterxml.jackson.annotation.JsonCreator;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.context.annotation.Import;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The safety vignette benchmark: every case in {@code safety/vignettes.yaml} (a person, their answers
 * on the form, and what must happen) is built as a routine from the real catalog and checked. A
 * second test prints the whole benchmark as a table with its under-triage rate (a routine, or a less
 * urgent stop, where the case must stop: must be 0) and its over-triage rate (a stop or an empty
 * routine where a routine is due).
 *
 * <p>A case is built from the warning signs the form would show for its areas only, as a real person
 * could answer it; a ticked sign the form would not show is a failure of its own.
 */
@DataJpaTest
@Import(CatalogLoader.class)
class VignetteTests {

    static final String FILE = "safety/vignettes.yaml";

    private static final Pattern KEBAB = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    private static final YAMLMapper YAML = YAMLMapper.builder()
        .propertyNamingStrategy(PropertyNamingStrategies.KEBAB_CASE)
        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES,
            DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
        .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
        .build();

    @Autowired
    Catalog catalog;

    static List<Vignette> vignettes() {
        try (InputStream in = VignetteTests.class.getClassLoader().getResourceAsStream(FILE)) {
            if (in == null) {
                throw new IllegalStateException(FILE + " is not on the test classpath");
            }
            return YAML.readValue(in, new TypeReference<List<Vignette>>() { });
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("vignettes")
    void eachVignetteGetsWhatItMust(Vignette vignette) {
        assertThat(vignette.unknownSlugs(catalog)).as("slugs of %s the catalog does not know", vignette.id()).isEmpty();
        assertThat(vignette.answers().request().problems(catalog)).as("the form refuses the answers of %s", vignette.id())
            .isEmpty();
        Outcome outcome = outcome(vignette);
        List<String> failures = outcome.failures();
        if (vignette.knownGap() != null) {
            if (failures.isEmpty()) {
                fail(vignette.id() + " now gets what it must: the gap it marks is closed, so remove its known-gap");
            }
            Assumptions.abort(vignette.id() + ", a known gap: " + vignette.knownGap() + " Got: " + String.join("; ", failures));
        }
        assertThat(failures).as("%s (%s): %s", vignette.id(), vignette.source(), vignette.person()).isEmpty();
    }

    @Test
    void theTableOfAllVignettesShowsNoUnderTriage() {
        List<Vignette> all = vignettes();
        List<Outcome> outcomes = all.stream().map(this::outcome).toList();
        Rates rates = Rates.of(outcomes);
        System.out.println(table(outcomes, rates));
        assertThat(rates.underTriaged()).as("must-stop cases that got a routine or a less urgent stop, known gaps aside")
            .allMatch(outcome -> outcome.vignette().knownGap() != null);
        assertThat(rates.mustStop()).isPositive();
        assertThat(rates.routineDue()).isPositive();
    }

    @Test
    void theVignettesCoverEveryAreaEveryUrgencyEverySignAndEveryCondition() {
        List<Vignette> all = vignettes();
        assertThat(all).hasSizeGreaterThanOrEqualTo(60);
        assertThat(all).extracting(Vignette::id).doesNotHaveDuplicates().allMatch(id -> KEBAB.matcher(id).matches());
        assertThat(all).allSatisfy(vignette -> {
            assertThat(vignette.person()).as("person of %s", vignette.id()).isNotBlank();
            assertThat(vignette.source()).as("source of %s", vignette.id()).isNotBlank();
        });
        Set<String> areas = all.stream().flatMap(v -> v.answers().areas().stream()).collect(Collectors.toSet());
        assertThat(areas).as("areas in some case").containsAll(catalog.areas().stream().map(BodyArea::slug).toList());
        Set<String> signs = all.stream().flatMap(v -> v.answers().redFlagsOrNone().stream()).collect(Collectors.toSet());
        assertThat(signs).as("signs ticked in some case").containsAll(catalog.redFlags().stream().map(RedFlag::slug).toList());
        Set<String> conditions = all.stream().flatMap(v -> v.answers().conditionsOrNone().stream()).collect(Collectors.toSet());
        assertThat(conditions).as("conditions named in some case")
            .containsAll(catalog.conditions().stream().map(Condition::slug).toList());
        Map<Urgency, Long> stops = all.stream().filter(v -> v.expect().stop() != null)
            .collect(Collectors.groupingBy(v -> v.expect().stop(), () -> new EnumMap<>(Urgency.class), Collectors.counting()));
        assertThat(Urgency.values()).as("each urgency expected at least twice: %s", stops)
            .allMatch(urgency -> stops.getOrDefault(urgency, 0L) >= 2);
        List<Vignette> everyday = all.stream().filter(v -> v.expect().everyday()).toList();
        assertThat(everyday).as("everyday aches").hasSizeGreaterThanOrEqualTo(15)
            .allSatisfy(vignette -> assertThat(vignette.answers().redFlagsOrNone()).as("signs of everyday %s", vignette.id())
                .isEmpty());
        assertThat(all.stream().filter(v -> v.expect().routineWithout() != null)).as("routines with something left out")
            .hasSizeGreaterThanOrEqualTo(15);
    }

    // ------------------------------------------------------------------ the checker can fail

    @Test
    void aStopWhereARoutineIsExpectedIsOverTriage() {
        RoutinePlan stop = build("head", Set.of("stroke-signs"), Set.of());
        Judgement judgement = judge(Expectation.ROUTINE, stop);
        assertThat(judgement.verdict()).isEqualTo(Verdict.OVER_TRIAGE);
        assertThat(judgement.got()).isEqualTo("stop: emergency (stroke-signs)");
    }

    @Test
    void aRoutineWhereAStopIsExpectedIsUnderTriage() {
        RoutinePlan routine = build("head", Set.of(), Set.of());
        assertThat(routine.steps()).isNotEmpty();
        assertThat(judge(new Expectation(Urgency.URGENT, false, null), routine).verdict()).isEqualTo(Verdict.UNDER_TRIAGE);
    }

    @Test
    void aLessUrgentStopIsUnderTriageAndAMoreUrgentOneIsTooUrgent() {
        RoutinePlan urgent = build("neck", Set.of("arm-nerve-signs"), Set.of());
        assertThat(judge(new Expectation(Urgency.EMERGENCY, false, null), urgent).verdict()).isEqualTo(Verdict.UNDER_TRIAGE);
        assertThat(judge(new Expectation(Urgency.GP, false, null), urgent).verdict()).isEqualTo(Verdict.TOO_URGENT);
        assertThat(judge(new Expectation(Urgency.URGENT, false, null), urgent).verdict()).isEqualTo(Verdict.PASS);
    }

    @Test
    void anEmptyRoutineWhereARoutineIsExpectedIsOverTriage() {
        // A broken bone in the foot, asking for the feet alone: everything that works the feet is left out.
        RoutinePlan empty = new RoutineBuilder(catalog).build(new RoutineRequest(List.of("feet"), Set.of(), 15, Performer.SELF,
            new SafetyAnswers(Set.of("fracture"), Set.of("feet"), Set.of(), 3, 1, false)));
        assertThat(empty.status()).isNotEqualTo(PlanStatus.STOP);
        assertThat(empty.steps()).isEmpty();
        Judgement judgement = judge(Expectation.ROUTINE, empty);
        assertThat(judgement.verdict()).isEqualTo(Verdict.OVER_TRIAGE);
        assertThat(judgement.got()).isEqualTo("routine with no steps");
    }

    @Test
    void aStepTheCaseRulesOutIsUnsafe() {
        RoutinePlan calves = build("calves", Set.of(), Set.of());
        Without noCalfMassage = new Without(null, List.of("calves"), null, null, null, null, null, null, null, null);
        Judgement judgement = judge(new Expectation(null, false, noCalfMassage), calves);
        assertThat(judgement.verdict()).isEqualTo(Verdict.UNSAFE_STEP);
        assertThat(judgement.details()).isNotEmpty().allMatch(detail -> detail.contains("massage on calves"));
        Without noLyingOnBack = new Without(null, null, null, null, null, null, null, List.of(Posture.LYING_ON_BACK), null, null);
        assertThat(judge(new Expectation(null, false, noLyingOnBack), calves).verdict()).isEqualTo(Verdict.PASS);
    }

    @Test
    void aSignTheFormDoesNotShowForTheAreasIsCaught() {
        assertThat(notAsked(catalog, List.of("shoulders"), Set.of(),
            Set.of("saddle-numbness", "pregnant-belly-pain", "hand-numbness", "fever")))
            .containsExactly("pregnant-belly-pain", "saddle-numbness");
        assertThat(notAsked(catalog, List.of("shoulders"), Set.of("pregnancy"), Set.of("pregnant-belly-pain", "stroke-signs")))
            .isEmpty();
    }

    @Test
    void theRatesCountUnderAndOverTriageOverTheirOwnCases() {
        RoutinePlan stop = build("head", Set.of("stroke-signs"), Set.of());
        RoutinePlan routine = build("head", Set.of(), Set.of());
        Expectation mustStop = new Expectation(Urgency.EMERGENCY, false, null);
        List<Outcome> outcomes = List.of(
            outcome(mustStop, routine), outcome(mustStop, stop), outcome(mustStop, stop), outcome(mustStop, stop),
            outcome(Expectation.ROUTINE, stop), outcome(Expectation.ROUTINE, routine));
        Rates rates = Rates.of(outcomes);
        assertThat(rates.mustStop()).isEqualTo(4);
        assertThat(rates.underTriaged()).hasSize(1);
        assertThat(rates.routineDue()).isEqualTo(2);
        assertThat(rates.overTriaged()).hasSize(1);
        assertThat(table(outcomes, rates)).contains("under-triage: 1 of 4 must-stop cases (25.0%)")
            .contains("over-triage: 1 of 2 cases due a routine (50.0%)");
    }

    private RoutinePlan build(String area, Set<String> redFlags, Set<String> conditions) {
        return new RoutineBuilder(catalog).build(new RoutineRequest(List.of(area), Set.of(), 15, Performer.SELF,
            new SafetyAnswers(conditions, Set.of(), redFlags, 3, 1, false)));
    }

    private static Outcome outcome(Expectation expect, RoutinePlan plan) {
        Vignette vignette = new Vignette("made-up", "Someone.", "None.", new FormAnswers(List.of("head"), null, null, null,
            null, null, null, null, null, null), expect, null);
        return new Outcome(vignette, judge(expect, plan), List.of());
    }

    // ------------------------------------------------------------------ judging a case

    /** The case built from what the form would show the person, and judged. */
    private Outcome outcome(Vignette vignette) {
        FormAnswers answers = vignette.answers();
        List<String> notAsked = notAsked(catalog, answers.areas(), answers.conditionsOrNone(), answers.redFlagsOrNone());
        RoutineRequest request = answers.request();
        RoutineRequest asAnswered = notAsked.isEmpty() ? request : answers.withRedFlags(
            answers.redFlagsOrNone().stream().filter(flag -> !notAsked.contains(flag)).collect(Collectors.toSet())).request();
        return new Outcome(vignette, judge(vignette.expect(), new RoutineBuilder(catalog).build(asAnswered)), notAsked);
    }

    /** The ticked signs the form does not show someone who names these areas and conditions. */
    static List<String> notAsked(Catalog catalog, List<String> areas, Set<String> conditions, Set<String> ticked) {
        Set<String> asked = catalog.redFlagsAskedFor(areas, conditions).stream().map(RedFlag::slug).collect(Collectors.toSet());
        return ticked.stream().filter(flag -> !asked.contains(flag)).sorted().toList();
    }

    static Judgement judge(Expectation expect, RoutinePlan plan) {
        String got = got(plan);
        boolean stopped = plan.status() == PlanStatus.STOP;
        if (expect.stop() != null) {
            if (!stopped) {
                return new Judgement(Verdict.UNDER_TRIAGE, got, List.of("a routine where it must stop"));
            }
            int byUrgency = plan.urgency().compareTo(expect.stop());
            if (byUrgency > 0) {
                return new Judgement(Verdict.UNDER_TRIAGE, got, List.of("a less urgent stop than " + expect.stop().slug()));
            }
            if (byUrgency < 0) {
                return new Judgement(Verdict.TOO_URGENT, got, List.of("a more urgent stop than " + expect.stop().slug()));
            }
            return new Judgement(Verdict.PASS, got, List.of());
        }
        if (stopped) {
            return new Judgement(Verdict.OVER_TRIAGE, got, List.of("a stop where a routine is due"));
        }
        if (plan.steps().isEmpty()) {
            return new Judgement(Verdict.OVER_TRIAGE, got, List.of("no steps where a routine is due"));
        }
        if (expect.routineWithout() != null) {
            List<String> breaches = plan.steps().stream()
                .flatMap(step -> expect.routineWithout().breaches(step.technique()).stream()
                    .map(breach -> "step " + step.order() + " " + step.technique().slug() + ": " + breach))
                .toList();
            if (!breaches.isEmpty()) {
                return new Judgement(Verdict.UNSAFE_STEP, got, breaches);
            }
        }
        return new Judgement(Verdict.PASS, got, List.of());
    }

    private static String got(RoutinePlan plan) {
        if (plan.status() == PlanStatus.STOP) {
            return "stop: " + plan.urgency().slug() + " ("
                + plan.redFlags().stream().map(RedFlag::slug).collect(Collectors.joining(", ")) + ")";
        }
        if (plan.steps().isEmpty()) {
            return "routine with no steps";
        }
        int steps = plan.steps().size();
        return "routine of " + steps + (steps == 1 ? " step" : " steps") + (plan.excluded().isEmpty() ? ""
            : ", " + plan.excluded().size() + " left out");
    }

    /** The widest expectation the table shows in full; a longer one is cut (the file has it all). */
    private static final int EXPECTED_WIDTH = 64;

    static String table(List<Outcome> outcomes, Rates rates) {
        int idWidth = Math.max(2, outcomes.stream().mapToInt(o -> o.vignette().id().length()).max().orElse(2));
        int expectedWidth = Math.max(8, outcomes.stream().mapToInt(o -> expected(o).length()).max().orElse(8));
        int gotWidth = Math.max(3, outcomes.stream().mapToInt(o -> o.gotWords().length()).max().orElse(3));
        String row = "%-" + idWidth + "s  %-" + expectedWidth + "s  %-" + gotWidth + "s  %s%n";
        StringBuilder table = new StringBuilder("Safety vignettes (" + FILE + ")\n");
        table.append(String.format(Locale.ROOT, row, "id", "expected", "got", "verdict"));
        table.append("-".repeat(idWidth + expectedWidth + gotWidth + 20)).append('\n');
        for (Outcome outcome : outcomes) {
            table.append(String.format(Locale.ROOT, row, outcome.vignette().id(), expected(outcome),
                outcome.gotWords(), outcome.verdictWords()));
        }
        table.append("-".repeat(idWidth + expectedWidth + gotWidth + 20)).append('\n');
        Map<Verdict, Long> byVerdict = outcomes.stream()
            .collect(Collectors.groupingBy(Outcome::verdict, () -> new EnumMap<>(Verdict.class), Collectors.counting()));
        table.append(outcomes.size()).append(" cases: ").append(byVerdict.entrySet().stream()
            .map(entry -> entry.getValue() + " " + entry.getKey().words).collect(Collectors.joining(", "))).append('\n');
        table.append(rateLine("under-triage", rates.underTriaged(), rates.mustStop(), "must-stop cases"));
        table.append(rateLine("over-triage", rates.overTriaged(), rates.routineDue(), "cases due a routine"));
        return table.toString();
    }

    private static String expected(Outcome outcome) {
        String words = outcome.vignette().expect().words();
        return words.length() <= EXPECTED_WIDTH ? words : words.substring(0, EXPECTED_WIDTH - 3) + "...";
    }

    private static String rateLine(String name, List<Outcome> counted, int of, String what) {
        List<String> gaps = counted.stream().filter(o -> o.vignette().knownGap() != null).map(o -> o.vignette().id()).toList();
        return String.format(Locale.ROOT, "%s: %d of %d %s (%.1f%%)%s%n", name, counted.size(), of, what,
            of == 0 ? 0.0 : 100.0 * counted.size() / of,
            gaps.isEmpty() ? "" : "; known gaps among them: " + String.join(", ", gaps)
                + String.format(Locale.ROOT, "; without them %d (%.1f%%)", counted.size() - gaps.size(),
                    of == 0 ? 0.0 : 100.0 * (counted.size() - gaps.size()) / of));
    }

    // ------------------------------------------------------------------ the results

    enum Verdict {
        PASS("PASS"),
        UNDER_TRIAGE("UNDER-TRIAGE"),
        OVER_TRIAGE("OVER-TRIAGE"),
        TOO_URGENT("TOO URGENT"),
        UNSAFE_STEP("UNSAFE STEP");

        final String words;

        Verdict(String words) {
            this.words = words;
        }
    }

    /** What the checker makes of one plan: its verdict, the plan in words, and what was wrong with it. */
    record Judgement(Verdict verdict, String got, List<String> details) {
    }

    /** One case's judgement, with the ticked signs the form would not have shown. */
    record Outcome(Vignette vignette, Judgement judgement, List<String> notAsked) {

        Verdict verdict() {
            return judgement.verdict();
        }

        List<String> failures() {
            List<String> failures = new ArrayList<>();
            if (!notAsked.isEmpty()) {
                failures.add("NOT ASKED: the form does not show " + notAsked + " to someone choosing "
                    + vignette.answers().areas());
            }
            if (verdict() != Verdict.PASS) {
                failures.add(verdict().words + ", got " + judgement.got() + ": " + String.join("; ", judgement.details()));
            }
            return failures;
        }

        String gotWords() {
            return judgement.got() + (notAsked.isEmpty() ? "" : " [not asked: " + String.join(", ", notAsked) + "]");
        }

        String verdictWords() {
            boolean failed = verdict() != Verdict.PASS || !notAsked.isEmpty();
            String words = verdict() == Verdict.PASS && !notAsked.isEmpty() ? "NOT ASKED" : verdict().words;
            return words + (failed && vignette.knownGap() != null ? " (known gap)" : "");
        }
    }

    /**
     * Under-triage: must-stop cases that got a routine or a less urgent stop. Over-triage: cases due a
     * routine (an everyday ache, or a routine with something left out) that got a stop or no steps.
     */
    record Rates(int mustStop, List<Outcome> underTriaged, int routineDue, List<Outcome> overTriaged) {

        static Rates of(List<Outcome> outcomes) {
            Predicate<Outcome> stopDue = outcome -> outcome.vignette().expect().stop() != null;
            return new Rates(
                (int) outcomes.stream().filter(stopDue).count(),
                outcomes.stream().filter(stopDue).filter(o -> o.verdict() == Verdict.UNDER_TRIAGE).toList(),
                (int) outcomes.stream().filter(stopDue.negate()).count(),
                outcomes.stream().filter(stopDue.negate()).filter(o -> o.verdict() == Verdict.OVER_TRIAGE).toList());
        }
    }

    // ------------------------------------------------------------------ the file's records

    /** One case of the file; see its header comment for the fields. */
    record Vignette(String id, String person, String source, FormAnswers answers, Expectation expect, String knownGap) {

        Vignette {
            Objects.requireNonNull(id, "a vignette needs an id");
            Objects.requireNonNull(answers, "vignette " + id + " needs answers");
            Objects.requireNonNull(expect, "vignette " + id + " needs expect");
        }

        /** The slugs the case names that the catalog does not know, in its answers and its expectation. */
        List<String> unknownSlugs(Catalog catalog) {
            List<String> unknown = new ArrayList<>();
            answers.request().unknownSlugs(catalog).values().forEach(unknown::addAll);
            Without without = expect.routineWithout();
            if (without != null) {
                without.areasNamed().filter(area -> !catalog.hasArea(area)).forEach(unknown::add);
                without.toolsNamed().filter(tool -> !catalog.hasTool(tool)).forEach(unknown::add);
                orNone(without.techniques()).stream().filter(slug -> !catalog.hasTechnique(slug)).forEach(unknown::add);
            }
            return unknown;
        }

        @Override
        public String toString() {
            return id;
        }
    }

    /** What the person fills in; a field left out takes the default the file's header names. */
    record FormAnswers(List<String> areas, Set<String> redFlags, Set<String> conditions, Set<String> affectedAreas,
                       Boolean cancerCleared, Integer painLevel, Integer painWeeks, Set<String> tools, Integer minutes,
                       Performer performer) {

        FormAnswers {
            if (areas == null || areas.isEmpty()) {
                throw new IllegalArgumentException("answers need at least one area");
            }
        }

        Set<String> redFlagsOrNone() {
            return orNone(redFlags);
        }

        Set<String> conditionsOrNone() {
            return orNone(conditions);
        }

        FormAnswers withRedFlags(Set<String> ticked) {
            return new FormAnswers(areas, ticked, conditions, affectedAreas, cancerCleared, painLevel, painWeeks, tools,
                minutes, performer);
        }

        RoutineRequest request() {
            return new RoutineRequest(areas, orNone(tools), minutes == null ? 15 : minutes,
                performer == null ? Performer.SELF : performer,
                new SafetyAnswers(orNone(conditions), orNone(affectedAreas), orNone(redFlags), painLevel == null ? 3 : painLevel,
                    painWeeks == null ? 1 : painWeeks, Boolean.TRUE.equals(cancerCleared)));
        }
    }

    /** Exactly one of: a stop with this urgency, {@code routine}, or a routine without what is listed. */
    record Expectation(Urgency stop, Boolean routine, Without routineWithout) {

        static final Expectation ROUTINE = new Expectation(null, true, null);

        Expectation {
            int given = (stop == null ? 0 : 1) + (Boolean.TRUE.equals(routine) ? 1 : 0) + (routineWithout == null ? 0 : 1);
            if (given != 1) {
                throw new IllegalArgumentException("expect one of stop, routine or routine-without");
            }
        }

        /** {@code expect: routine}, written as a word. */
        @JsonCreator
        static Expectation of(String word) {
            if (!"routine".equals(word)) {
                throw new IllegalArgumentException("expect: " + word + " is not a word for an outcome; write routine, "
                    + "{stop: <urgency>} or routine-without: {...}");
            }
            return ROUTINE;
        }

        /** An everyday ache: any routine with a step will do. */
        boolean everyday() {
            return Boolean.TRUE.equals(routine);
        }

        String words() {
            if (stop != null) {
                return "stop: " + stop.slug();
            }
            return everyday() ? "routine" : "routine without " + routineWithout.words();
        }
    }

    /** What a routine must not hold: a step breaks it when its technique matches any one line. */
    record Without(Boolean anyMassage, List<String> massageOn, List<String> anyStepOn, Boolean firmerThanLight,
                   List<String> firmerThanLightOn, List<String> tools, Map<String, List<String>> toolsOn,
                   List<Posture> postures, List<Movement> movements, List<String> techniques) {

        Without {
            if (Stream.of(anyMassage, massageOn, anyStepOn, firmerThanLight, firmerThanLightOn, tools, toolsOn, postures,
                movements, techniques).allMatch(Objects::isNull)) {
                throw new IllegalArgumentException("routine-without lists nothing");
            }
        }

        /** What the technique breaks, in words; empty when it may be in the routine. */
        List<String> breaches(Technique technique) {
            List<String> breaches = new ArrayList<>();
            boolean massage = technique.kind() == TechniqueKind.MASSAGE;
            boolean firm = technique.pressure().compareTo(Pressure.LIGHT) > 0;
            if (Boolean.TRUE.equals(anyMassage) && massage) {
                breaches.add("a massage");
            }
            if (massage) {
                worked(technique, massageOn).forEach(area -> breaches.add("massage on " + area));
            }
            worked(technique, anyStepOn).forEach(area -> breaches.add("works " + area));
            if (Boolean.TRUE.equals(firmerThanLight) && firm) {
                breaches.add(technique.pressure().slug() + " pressure");
            }
            if (firm) {
                worked(technique, firmerThanLightOn).forEach(area -> breaches.add(technique.pressure().slug() + " pressure on " + area));
            }
            orNone(tools).stream().filter(technique::uses).forEach(tool -> breaches.add("uses " + tool));
            orNone(toolsOn).forEach((area, ruledOut) -> {
                if (technique.works(area)) {
                    ruledOut.stream().filter(technique::uses).forEach(tool -> breaches.add("uses " + tool + " on " + area));
                }
            });
            if (orNone(postures).contains(technique.posture())) {
                breaches.add("done " + technique.posture().slug());
            }
            if (technique.movement() != null && orNone(movements).contains(technique.movement())) {
                breaches.add("makes the movement " + technique.movement().slug());
            }
            if (orNone(techniques).contains(technique.slug())) {
                breaches.add("is ruled out by name");
            }
            return breaches;
        }

        Stream<String> areasNamed() {
            return Stream.of(orNone(massageOn), orNone(anyStepOn), orNone(firmerThanLightOn), orNone(toolsOn).keySet())
                .flatMap(Collection::stream);
        }

        Stream<String> toolsNamed() {
            return Stream.concat(orNone(tools).stream(), orNone(toolsOn).values().stream().flatMap(List::stream));
        }

        String words() {
            Set<String> parts = new LinkedHashSet<>();
            if (Boolean.TRUE.equals(anyMassage)) {
                parts.add("any massage");
            }
            if (massageOn != null) {
                parts.add("massage on " + String.join("/", massageOn));
            }
            if (anyStepOn != null) {
                parts.add("anything on " + String.join("/", anyStepOn));
            }
            if (Boolean.TRUE.equals(firmerThanLight)) {
                parts.add("firm pressure");
            }
            if (firmerThanLightOn != null) {
                parts.add("firm pressure on " + String.join("/", firmerThanLightOn));
            }
            if (tools != null) {
                parts.add(String.join("/", tools));
            }
            if (toolsOn != null) {
                parts.add("tools on " + String.join("/", toolsOn.keySet()));
            }
            if (postures != null) {
                parts.add(postures.stream().map(Posture::slug).collect(Collectors.joining("/")));
            }
            if (movements != null) {
                parts.add(movements.stream().map(Movement::slug).collect(Collectors.joining("/")));
            }
            if (techniques != null) {
                parts.add(String.join("/", techniques));
            }
            return String.join(", ", parts);
        }

        private static List<String> worked(Technique technique, List<String> areas) {
            return orNone(areas).stream().filter(technique::works).toList();
        }
    }

    private static <T> List<T> orNone(List<T> list) {
        return list == null ? List.of() : list;
    }

    private static <T> Set<T> orNone(Set<T> set) {
        return set == null ? Set.of() : set;
    }

    private static <K, V> Map<K, V> orNone(Map<K, V> map) {
        return map == null ? Map.of() : map;
    }
}
