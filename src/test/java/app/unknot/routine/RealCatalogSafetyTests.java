package app.unknot.routine;

import static org.assertj.core.api.Assertions.assertThat;

import app.unknot.catalog.Catalog;
import app.unknot.catalog.store.CatalogLoader;
import app.unknot.catalog.Movement;
import app.unknot.catalog.Performer;
import app.unknot.catalog.Phase;
import app.unknot.catalog.Posture;
import app.unknot.catalog.Pressure;
import app.unknot.catalog.RedFlag;
import app.unknot.catalog.Technique;
import app.unknot.catalog.TechniqueKind;
import app.unknot.catalog.Urgency;
import app.unknot.routine.plan.RoutineBuilder;
import app.unknot.routine.plan.RoutinePlan;
import app.unknot.routine.plan.RoutineRequest;
import app.unknot.routine.plan.Step;
import app.unknot.safety.SafetyAnswers;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.context.annotation.Import;

/**
 * The safety table of docs/safety.md, written out here in plain Java and independently of the
 * catalog's restriction rows, checked against routines built from the real catalog content: if a
 * migration ever weakens a rule, these tests name the step that became unsafe.
 */
@DataJpaTest
@Import(CatalogLoader.class)
class RealCatalogSafetyTests {

    static final Set<String> LEGS_AND_HIPS = Set.of("thighs", "hamstrings", "it-band", "calves", "shins", "feet", "hips");
    static final Set<String> BACK_AND_CHEST = Set.of("upper-back", "lower-back", "chest");
    static final Set<String> BLEEDING = Set.of("blood-thinners", "bleeding-disorder", "severe-thrombocytopenia");
    /** Local conditions that leave their areas out altogether. */
    static final Set<String> LEAVE_ALONE = Set.of("fracture", "burn", "healing-wound", "skin-condition", "recent-sprain");
    static final Set<String> LOCAL = Set.of("fracture", "burn", "healing-wound", "skin-condition", "recent-sprain",
        "varicose-veins", "lymphoedema", "radiotherapy-area");
    /** Hands, lotion and furniture: what is not a tool pressed into the body. */
    static final Set<String> NO_TOOL = Set.of("hands", "lotion", "couch", "chair", "wall");
    static final List<String> AREAS = List.of("head", "neck", "shoulders", "chest", "upper-back", "lower-back",
        "abdomen", "glutes", "hips", "thighs", "hamstrings", "it-band", "calves", "shins", "feet");
    static final Set<String> ALL_TOOLS = Set.of("lotion", "foam-roller", "tennis-ball", "golf-ball", "massage-gun",
        "neck-massager", "back-massager", "heated-massager");

    @Autowired
    Catalog catalog;

    RoutineBuilder builder;

    @BeforeEach
    void realCatalog() {
        builder = new RoutineBuilder(catalog);
    }

    @Test
    void noRoutineEverBreaksTheSafetyTable() {
        int plans = 0;
        for (RoutineRequest request : requests()) {
            RoutinePlan plan = builder.build(request);
            plans++;
            for (Step step : plan.steps()) {
                assertThat(violations(step.technique(), request))
                    .as("step %s in %s", step.technique().slug(), request).isEmpty();
            }
        }
        assertThat(plans).isGreaterThan(2000);
    }

    @Test
    void everyUnsafeCandidateIsListedAsExcluded() {
        for (RoutineRequest request : requests()) {
            RoutinePlan plan = builder.build(request);
            List<String> excluded = plan.excluded().stream().map(e -> e.technique().slug()).toList();
            for (Technique candidate : builder.candidates(request)) {
                if (!violations(candidate, request).isEmpty()) {
                    assertThat(excluded).as("%s ruled out for %s", candidate.slug(), request).contains(candidate.slug());
                }
            }
            assertThat(plan.excluded()).allSatisfy(e -> assertThat(e.reason() != null || e.rule().slug().endsWith("-pain")).isTrue());
        }
    }

    @Test
    void everyRedFlagStopsTheRoutineWithItsUrgency() {
        for (RedFlag flag : catalog.redFlags()) {
            var request = new RoutineRequest(List.of("lower-back"), Set.of(), 15, Performer.SELF, new SafetyAnswers(Set.of(), Set.of(),
                Set.of(flag.slug()), 3, 1, false));
            RoutinePlan plan = builder.build(request);
            assertThat(plan.status()).as(flag.slug()).isEqualTo(PlanStatus.STOP);
            assertThat(plan.steps()).as(flag.slug()).isEmpty();
            assertThat(plan.urgency()).as(flag.slug()).isEqualTo(flag.urgency());
        }
        assertThat(catalog.redFlags()).extracting(RedFlag::urgency).contains(Urgency.EMERGENCY, Urgency.URGENT);
    }

    @Test
    void everyAreaGetsARoutineWithAWarmUpOrAStretch() {
        for (String area : AREAS) {
            for (Performer performer : List.of(Performer.SELF, Performer.PARTNER)) {
                RoutinePlan plan = builder.build(new RoutineRequest(List.of(area), ALL_TOOLS, 15, performer, new SafetyAnswers(Set.of(),
                    Set.of(), Set.of(), 2, 0, false)));
                assertThat(plan.steps()).as("%s, %s", area, performer).isNotEmpty();
                assertThat(plan.totalSeconds()).as("%s, %s", area, performer).isLessThanOrEqualTo(15 * 60);
            }
        }
    }

    @Test
    void lowerBackWithAPartnerFollowsTheArticle() {
        RoutinePlan plan = builder.build(new RoutineRequest(List.of("lower-back"), Set.of(), 15, Performer.PARTNER, new SafetyAnswers(Set.of(), Set.of(), Set.of(), 3, 1, false)));
        List<String> slugs = plan.steps().stream().map(step -> step.technique().slug()).toList();
        assertThat(plan.steps().get(0).phase()).isEqualTo(Phase.WARM_UP);
        assertThat(slugs).containsSubsequence("effleurage", "spine-sacrum-circular-kneading", "glute-kneading-compression")
            .contains("flat-back-90-90", "thread-the-needle", "supine-twist");
    }

    @Test
    void lowerBackAloneUsesSelfMassageAndTheThreeStretches() {
        RoutinePlan plan = builder.build(new RoutineRequest(List.of("lower-back"), Set.of(), 15, Performer.SELF, new SafetyAnswers(Set.of(), Set.of(), Set.of(), 3, 1, false)));
        assertThat(plan.steps()).extracting(step -> step.technique().slug())
            .contains("seated-lower-back-self-massage", "flat-back-90-90", "thread-the-needle", "supine-twist")
            .doesNotContain("spine-sacrum-circular-kneading", "effleurage");
        assertThat(plan.totalSeconds()).isBetween(12 * 60, 15 * 60);
    }

    /** Many requests: every area as the main one, both performers, each condition and some pairs, tools or none. */
    static List<RoutineRequest> requests() {
        List<Set<String>> conditionSets = new ArrayList<>();
        conditionSets.add(Set.of());
        Stream.of("fracture", "burn", "healing-wound", "bleeding-disorder", "blood-thinners", "dvt",
            "severe-osteoporosis", "severe-thrombocytopenia", "cancer", "pregnancy", "varicose-veins", "diabetes-numb-feet",
            "skin-condition", "recent-sprain", "lymphoedema", "hernia-or-belly-surgery", "radiotherapy-area")
            .map(Set::of).forEach(conditionSets::add);
        conditionSets.add(Set.of("dvt", "blood-thinners"));
        conditionSets.add(Set.of("pregnancy", "severe-osteoporosis"));
        conditionSets.add(Set.of("cancer", "dvt", "fracture"));
        conditionSets.add(Set.of("cancer", "radiotherapy-area", "lymphoedema"));
        List<RoutineRequest> requests = new ArrayList<>();
        for (String area : AREAS) {
            List<String> areas = area.equals("lower-back") ? List.of(area, "glutes") : List.of(area, "lower-back");
            for (Performer performer : List.of(Performer.SELF, Performer.PARTNER)) {
                for (Set<String> conditions : conditionSets) {
                    for (Set<String> tools : List.of(Set.<String>of(), ALL_TOOLS)) {
                        for (int minutes : List.of(10, 30)) {
                            Set<String> affected = conditions.stream().anyMatch(LOCAL::contains) ? Set.of(area) : Set.of();
                            requests.add(new RoutineRequest(areas, tools, minutes, performer, new SafetyAnswers(conditions, affected,
                                Set.of(), 3, 1, false)));
                            requests.add(new RoutineRequest(List.of(area), tools, minutes, performer, new SafetyAnswers(conditions, affected,
                                Set.of(), minutes == 10 ? 8 : 2, minutes == 10 ? 1 : 10, conditions.contains("cancer"))));
                        }
                    }
                }
            }
        }
        return requests;
    }

    /** What the safety table of docs/safety.md says is wrong with this technique for this person, in words. */
    static List<String> violations(Technique t, RoutineRequest r) {
        List<String> wrong = new ArrayList<>();
        Set<String> conditions = r.screening().conditions();
        boolean massage = t.kind() == TechniqueKind.MASSAGE;
        boolean light = t.pressure() == Pressure.LIGHT;
        boolean onAffected = overlaps(t.areaSlugs(), r.screening().affectedAreas());
        if (onAffected && overlaps(conditions, LEAVE_ALONE)) {
            wrong.add("works an area with a fracture, burn, wound, rash or new sprain");
        }
        if (onAffected && massage && overlaps(conditions, Set.of("varicose-veins", "radiotherapy-area"))) {
            wrong.add("massage on varicose veins, a tumour or a radiotherapy area");
        }
        if (onAffected && conditions.contains("lymphoedema") && (!light || !NO_TOOL.containsAll(t.toolSlugs()))) {
            wrong.add("more than light touch, or a tool, on a limb with lymphoedema");
        }
        if (conditions.contains("diabetes-numb-feet") && t.works("feet")
            && (!light || overlaps(t.toolSlugs(), Set.of("tennis-ball", "golf-ball", "foam-roller", "massage-gun")))) {
            wrong.add("more than light pressure, or a ball, roller or gun, on numb feet");
        }
        if (conditions.contains("hernia-or-belly-surgery") && massage && t.works("abdomen")) {
            wrong.add("belly massage with a hernia or after belly surgery");
        }
        if (conditions.contains("dvt") && massage && overlaps(t.areaSlugs(), LEGS_AND_HIPS)) {
            wrong.add("massage or rolling on a leg or hip with DVT");
        }
        if (conditions.stream().anyMatch(BLEEDING::contains)) {
            if (!light) {
                wrong.add("more than light pressure with a bleeding risk");
            }
            if (overlaps(t.toolSlugs(), Set.of("massage-gun", "golf-ball", "foam-roller"))) {
                wrong.add("gun, golf ball or foam roller with a bleeding risk");
            }
        }
        if (conditions.contains("severe-osteoporosis")) {
            if (!light) {
                wrong.add("more than light pressure with severe osteoporosis");
            }
            if (overlaps(t.toolSlugs(), Set.of("foam-roller", "tennis-ball", "golf-ball")) && overlaps(t.areaSlugs(), BACK_AND_CHEST)) {
                wrong.add("roller or ball on the back or chest with severe osteoporosis");
            }
            if (t.movement() == Movement.SPINAL_ROTATION) {
                wrong.add("twisting with severe osteoporosis");
            }
        }
        if (conditions.contains("cancer") && massage && (!r.screening().cancerCleared() || !light)) {
            wrong.add(r.screening().cancerCleared() ? "more than light massage with cancer" : "massage with cancer before clearance");
        }
        if (conditions.contains("pregnancy")) {
            if (massage && t.works("abdomen")) {
                wrong.add("abdominal massage in pregnancy");
            }
            if (t.uses("massage-gun")) {
                wrong.add("massage gun in pregnancy");
            }
            if (t.kind() == TechniqueKind.STRETCH && t.posture() == Posture.LYING_ON_BACK) {
                wrong.add("stretch lying flat on the back in pregnancy");
            }
        }
        if ((r.screening().painLevel() >= 7 || r.screening().painWeeks() > 6) && !light) {
            wrong.add("more than light pressure with severe or lasting pain");
        }
        return wrong;
    }

    private static boolean overlaps(Collection<String> a, Collection<String> b) {
        return a.stream().anyMatch(b::contains);
    }
}
