package app.unknot.routine.plan;

import static app.unknot.catalog.CatalogFixture.AREAS;
import static app.unknot.routine.plan.RequestFixture.builder;
import static app.unknot.routine.plan.RequestFixture.request;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import app.unknot.catalog.Catalog;
import app.unknot.catalog.CatalogFixture;
import app.unknot.catalog.Movement;
import app.unknot.catalog.Performer;
import app.unknot.catalog.Phase;
import app.unknot.catalog.Posture;
import app.unknot.catalog.Pressure;
import app.unknot.catalog.RedFlag;
import app.unknot.catalog.Technique;
import app.unknot.catalog.TechniqueKind;
import app.unknot.catalog.Urgency;
import app.unknot.routine.PlanStatus;
import app.unknot.safety.Exclusion;
import app.unknot.safety.SafetyAnswers;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class RoutineBuilderTests {

    private static RoutinePlan build(RequestFixture.RequestBuilder request) {
        return builder().build(request.build());
    }

    private static List<String> slugs(RoutinePlan plan, Phase phase) {
        return plan.steps().stream().filter(step -> step.phase() == phase).map(step -> step.technique().slug()).toList();
    }

    private static List<String> excludedSlugs(RoutinePlan plan) {
        return plan.excluded().stream().map(exclusion -> exclusion.technique().slug()).toList();
    }

    private static Exclusion exclusionOf(RoutinePlan plan, String slug) {
        return plan.excluded().stream().filter(exclusion -> exclusion.technique().slug().equals(slug)).findFirst()
            .orElseThrow(() -> new AssertionError(slug + " is not excluded: " + excludedSlugs(plan)));
    }

    @Nested
    class RedFlags {

        static Stream<Arguments> everyFlag() {
            return Stream.concat(
                CatalogFixture.EMERGENCY_FLAGS.stream().map(flag -> Arguments.of(flag, Urgency.EMERGENCY)),
                CatalogFixture.URGENT_FLAGS.stream().map(flag -> Arguments.of(flag, Urgency.URGENT)));
        }

        @ParameterizedTest(name = "{0} stops the routine as {1}")
        @MethodSource("everyFlag")
        void anyRedFlagStopsTheRoutineWithItsUrgency(String flag, Urgency urgency) {
            RoutinePlan plan = build(request("lower-back").redFlags(flag));

            assertThat(plan.status()).isEqualTo(PlanStatus.STOP);
            assertThat(plan.urgency()).isEqualTo(urgency);
            assertThat(plan.redFlags()).extracting(RedFlag::slug).containsExactly(flag);
            assertThat(plan.steps()).isEmpty();
            assertThat(plan.excluded()).isEmpty();
            assertThat(plan.advice()).isEmpty();
        }

        @ParameterizedTest(name = "{0} → {1}, flags {2}")
        @CsvSource({
            "fever;chest-pain,                EMERGENCY, chest-pain;fever",
            "night-pain;weight-loss,          URGENT,    weight-loss;night-pain",
            "calf-swelling;saddle-numbness;fever, EMERGENCY, saddle-numbness;fever;calf-swelling",
            "leg-weakness;major-trauma,       EMERGENCY, leg-weakness;major-trauma",
        })
        void theMostUrgentFlagWinsAndComesFirst(String flags, Urgency urgency, String expectedOrder) {
            RoutinePlan plan = build(request("lower-back").redFlags(flags.split(";")));

            assertThat(plan.urgency()).isEqualTo(urgency);
            assertThat(plan.redFlags()).extracting(RedFlag::slug).containsExactly(expectedOrder.split(";"));
        }

        @Test
        void aRedFlagOverridesConditionsPainAndEverythingElse() {
            RoutinePlan plan = build(request("lower-back", "calves").partner().allTools().minutes(60)
                .conditions("dvt", "pregnancy").pain(9, 30).redFlags("calf-swelling"));

            assertThat(plan).isEqualTo(RoutinePlan.stop(List.of(CatalogFixture.RED_FLAGS.get(9))));
        }
    }

    @Nested
    class StatusAndAdvice {

        @ParameterizedTest(name = "{0} with conditions [{1}] pain {2}/10 for {3} weeks → {4} {5}")
        @CsvSource({
            "neck,       '',                  0, 0,  OK,      ''",
            "lower-back, '',                  0, 0,  OK,      MOVE_REGULARLY",
            "neck,       blood-thinners,      0, 0,  CAUTION, CONDITION",
            "neck,       '',                  7, 0,  CAUTION, SEE_PROFESSIONAL_FIRST",
            "neck,       '',                  0, 7,  CAUTION, SEE_PROFESSIONAL_FIRST",
            "lower-back, pregnancy;cancer,    8, 52, CAUTION, SEE_PROFESSIONAL_FIRST;CONDITION;MOVE_REGULARLY",
            "glutes;lower-back, '',           0, 0,  OK,      MOVE_REGULARLY",
        })
        void statusAndAdviceFollowConditionsPainAndAreas(String areas, String conditions, int pain, int weeks,
                PlanStatus status, String advice) {
            RoutinePlan plan = build(request(areas.split(";")).conditions(split(conditions)).pain(pain, weeks));

            assertThat(plan.status()).isEqualTo(status);
            assertThat(plan.advice()).containsExactly(Stream.of(split(advice)).map(Advice::valueOf).toArray(Advice[]::new));
            assertThat(plan.urgency()).isNull();
            assertThat(plan.steps()).isNotEmpty();
        }

        @Test
        void whenEverythingIsRuledOutThePlanSaysNothingIsSuitableAndListsWhy() {
            RoutinePlan plan = build(request("neck").conditions("burn").affected("neck"));

            assertThat(plan.steps()).isEmpty();
            assertThat(plan.advice()).containsExactly(Advice.NOTHING_SUITABLE, Advice.CONDITION);
            assertThat(plan.excluded()).isNotEmpty().allSatisfy(exclusion -> assertThat(exclusion.rule().slug()).isEqualTo("burn"));
        }

        @Test
        void adviceIteratesInDeclarationOrder() {
            RoutinePlan plan = build(request("lower-back").conditions("burn").affected("lower-back").pain(8, 0));

            assertThat(new ArrayList<>(plan.advice())).containsExactly(Advice.SEE_PROFESSIONAL_FIRST,
                Advice.NOTHING_SUITABLE, Advice.CONDITION, Advice.MOVE_REGULARLY);
        }
    }

    @Nested
    class ConditionCombinations {

        @Test
        void dvtWithBloodThinnersLeavesOnlyStretchesOnTheCalves() {
            RoutineRequest request = request("calves").allTools().conditions("dvt", "blood-thinners").build();
            RoutinePlan plan = builder().build(request);

            assertThat(plan.steps()).isNotEmpty()
                .allSatisfy(step -> assertThat(step.technique().kind()).isEqualTo(TechniqueKind.STRETCH));
            assertThat(slugs(plan, Phase.STRETCH)).contains("wall-calf-stretch");
            assertThat(exclusionOf(plan, "self-effleurage").rule().slug()).as("light leg massage: only the clot rule").isEqualTo("dvt");
            assertThat(exclusionOf(plan, "calf-self-kneading").rule().slug()).as("earlier condition wins").isEqualTo("blood-thinners");
            assertThat(exclusionOf(plan, "massage-gun-legs").rule().slug()).isEqualTo("blood-thinners");
            assertThat(exclusionOf(plan, "foam-roll-calves").reason()).isEqualTo("Light pressure only: you bruise easily.");
            PlanInvariants.assertAllPromises(plan, request);
        }

        @Test
        void dvtKeepsTheBackMassageWhileRulingOutTheLegs() {
            RoutineRequest request = request("lower-back", "calves").conditions("dvt").minutes(30).build();
            RoutinePlan plan = builder().build(request);

            assertThat(slugs(plan, Phase.MASSAGE)).contains("seated-lower-back-self-massage");
            assertThat(plan.steps()).filteredOn(step -> step.technique().kind() == TechniqueKind.MASSAGE)
                .allSatisfy(step -> assertThat(step.technique().areaSlugs()).doesNotContainAnyElementsOf(CatalogFixture.LEGS));
            assertThat(excludedSlugs(plan)).containsExactly("self-effleurage", "calf-self-kneading");
            PlanInvariants.assertAllPromises(plan, request);
        }

        @Test
        void pregnancyWithOsteoporosisOnTheLowerBackIsGentleUprightAndUntwisted() {
            RoutineRequest request = request("lower-back").allTools().minutes(20)
                .conditions("pregnancy", "severe-osteoporosis").build();
            RoutinePlan plan = builder().build(request);

            assertThat(plan.steps()).isNotEmpty().allSatisfy(step -> {
                assertThat(step.technique().posture()).isNotEqualTo(Posture.LYING_ON_BACK);
                assertThat(step.technique().movement()).isNotEqualTo(Movement.SPINAL_ROTATION);
                assertThat(step.technique().pressure()).isEqualTo(Pressure.LIGHT);
                assertThat(step.technique().toolSlugs()).doesNotContain("foam-roller", "tennis-ball", "golf-ball", "massage-gun");
            });
            assertThat(slugs(plan, Phase.MASSAGE)).containsExactly("heated-back-massager");
            assertThat(exclusionOf(plan, "supine-twist").rule().slug()).isEqualTo("severe-osteoporosis");
            assertThat(exclusionOf(plan, "flat-back-90-90").rule().slug()).isEqualTo("pregnancy");
            assertThat(exclusionOf(plan, "tennis-ball-back-massage").rule().slug()).isEqualTo("severe-osteoporosis");
            PlanInvariants.assertAllPromises(plan, request);
        }

        @Test
        void cancerWithoutClearanceRulesOutEveryMassageUntilCleared() {
            RoutineRequest request = request("lower-back").allTools().conditions("cancer").build();
            RoutinePlan plan = builder().build(request);

            assertThat(plan.steps()).isNotEmpty()
                .allSatisfy(step -> assertThat(step.technique().kind()).isEqualTo(TechniqueKind.STRETCH));
            assertThat(plan.excluded()).isNotEmpty().allSatisfy(exclusion -> {
                assertThat(exclusion.technique().kind()).isEqualTo(TechniqueKind.MASSAGE);
                assertThat(exclusion.rule().slug()).isEqualTo("cancer");
                assertThat(exclusion.untilCleared()).isTrue();
            });
            PlanInvariants.assertAllPromises(plan, request);
        }

        @Test
        void cancerWithClearanceAllowsLightMassageOnly() {
            RoutineRequest request = request("lower-back").allTools().conditions("cancer").cleared().build();
            RoutinePlan plan = builder().build(request);

            assertThat(slugs(plan, Phase.WARM_UP)).containsExactly("self-effleurage");
            assertThat(slugs(plan, Phase.MASSAGE)).containsExactly("heated-back-massager");
            assertThat(excludedSlugs(plan)).containsExactly("seated-lower-back-self-massage", "tennis-ball-back-massage",
                "foam-roll-lower-back");
            assertThat(plan.excluded()).allSatisfy(exclusion -> {
                assertThat(exclusion.reason()).isEqualTo("Light massage only.");
                assertThat(exclusion.untilCleared()).isFalse();
            });
            PlanInvariants.assertAllPromises(plan, request);
        }

        @Test
        void clearanceMeansNothingWithoutCancer() {
            assertThat(build(request("lower-back").cleared())).isEqualTo(build(request("lower-back")));
        }

        @ParameterizedTest(name = "{0} on {1} leaves {2}")
        @CsvSource({
            "fracture,      calves,    feet",
            "burn,          neck,      shoulders",
            "healing-wound, lower-back, glutes",
            "fracture,      head,      chest",
            "burn,          abdomen,   hips",
        })
        void aLocalConditionRulesOutItsAreaButLeavesTheOthers(String condition, String affected, String other) {
            RoutineRequest request = request(affected, other).conditions(condition).affected(affected).minutes(20).build();
            RoutinePlan plan = builder().build(request);

            assertThat(plan.steps()).isNotEmpty()
                .allSatisfy(step -> assertThat(step.technique().areaSlugs()).doesNotContain(affected));
            assertThat(plan.steps()).anySatisfy(step -> assertThat(step.areas()).contains(other));
            assertThat(plan.excluded()).isNotEmpty().allSatisfy(exclusion -> {
                assertThat(exclusion.rule().slug()).isEqualTo(condition);
                assertThat(exclusion.technique().areaSlugs()).contains(affected);
            });
            PlanInvariants.assertAllPromises(plan, request);
        }

        @ParameterizedTest(name = "a burn on {0} keeps every step off it")
        @MethodSource("app.unknot.routine.plan.RoutineBuilderTests#areas")
        void noStepEverWorksAnAffectedArea(String area) {
            RoutineRequest request = request(area, "feet".equals(area) ? "head" : "feet").partner().allTools()
                .conditions("burn").affected(area).minutes(30).build();
            RoutinePlan plan = builder().build(request);

            assertThat(plan.steps()).allSatisfy(step -> assertThat(step.technique().areaSlugs()).doesNotContain(area));
            PlanInvariants.assertAllPromises(plan, request);
        }
    }

    @Nested
    class PainRule {

        @ParameterizedTest(name = "pain {0}/10 for {1} weeks → {2}")
        @CsvSource({
            "0,  0,   ",
            "6,  0,   ",
            "7,  0,   severe-pain",
            "10, 0,   severe-pain",
            "0,  6,   ",
            "0,  7,   lasting-pain",
            "6,  6,   ",
            "6,  7,   lasting-pain",
            "7,  7,   severe-pain",
            "10, 520, severe-pain",
        })
        void severeOrLastingPainAllowsLightPressureOnly(int level, int weeks, String rule) {
            RoutineRequest request = request("lower-back").allTools().pain(level, weeks).build();
            RoutinePlan plan = builder().build(request);

            if (rule == null) {
                assertThat(plan.excluded()).isEmpty();
                assertThat(plan.advice()).doesNotContain(Advice.SEE_PROFESSIONAL_FIRST);
                assertThat(slugs(plan, Phase.MASSAGE)).contains("seated-lower-back-self-massage");
            } else {
                assertThat(plan.steps()).isNotEmpty()
                    .allSatisfy(step -> assertThat(step.technique().pressure()).isEqualTo(Pressure.LIGHT));
                assertThat(plan.excluded()).extracting(exclusion -> exclusion.rule().slug()).containsOnly(rule);
                assertThat(plan.excluded()).allSatisfy(exclusion -> assertThat(exclusion.reason()).isNull());
                assertThat(excludedSlugs(plan)).contains("seated-lower-back-self-massage", "tennis-ball-back-massage");
                assertThat(plan.advice()).contains(Advice.SEE_PROFESSIONAL_FIRST);
                assertThat(plan.status()).isEqualTo(PlanStatus.CAUTION);
            }
            PlanInvariants.assertAllPromises(plan, request);
        }

        @Test
        void aConditionRuleComesBeforeThePainRule() {
            RoutinePlan plan = build(request("lower-back").conditions("severe-osteoporosis").pain(9, 0));

            assertThat(exclusionOf(plan, "seated-lower-back-self-massage").rule().slug()).isEqualTo("severe-osteoporosis");
        }
    }

    @Nested
    class Budgets {

        static Stream<Arguments> everyAreaPerformerAndBudget() {
            List<Arguments> cases = new ArrayList<>();
            for (String area : AREAS) {
                for (Performer performer : List.of(Performer.SELF, Performer.PARTNER)) {
                    for (int minutes : List.of(5, 10, 15, 30, 60)) {
                        cases.add(Arguments.of(area, performer, minutes, false));
                        cases.add(Arguments.of(area, performer, minutes, true));
                    }
                }
            }
            return cases.stream();
        }

        @ParameterizedTest(name = "{0} by {1} in {2} min, own tools {3}")
        @MethodSource("everyAreaPerformerAndBudget")
        void everyAreaKeepsEveryPromiseAtEveryBudget(String area, Performer performer, int minutes, boolean tools) {
            RequestFixture.RequestBuilder builder = request(area).by(performer).minutes(minutes);
            RoutineRequest request = (tools ? builder.allTools() : builder).build();
            RoutinePlan plan = builder().build(request);

            assertThat(plan.steps()).as("every area has something safe").isNotEmpty();
            PlanInvariants.assertAllPromises(plan, request);
        }

        @ParameterizedTest(name = "{0} by {1} in {2} min")
        @CsvSource({
            "lower-back;glutes;hamstrings, SELF,    5",
            "lower-back;glutes;hamstrings, PARTNER, 60",
            "neck;shoulders;upper-back,    SELF,    10",
            "neck;shoulders;upper-back,    PARTNER, 15",
            "feet;calves,                  SELF,    5",
            "feet;calves,                  PARTNER, 30",
            "head;neck,                    SELF,    60",
            "abdomen;chest;hips,           PARTNER, 5",
            "thighs;it-band;calves;feet,   SELF,    20",
            "lower-back;neck,              PARTNER, 5",
            "lower-back;feet,              PARTNER, 5",
        })
        void severalAreasKeepEveryPromise(String areas, Performer performer, int minutes) {
            RoutineRequest request = request(areas.split(";")).by(performer).minutes(minutes).allTools().build();
            RoutinePlan plan = builder().build(request);

            PlanInvariants.assertAllPromises(plan, request);
        }

        @ParameterizedTest(name = "{0} min")
        @ValueSource(ints = {5, 10, 15, 20, 30})
        void withPlentyToChooseFromTheRoutineFillsAtLeastEightyPercent(int minutes) {
            RoutinePlan plan = build(request("lower-back").allTools().minutes(minutes));

            assertThat(plan.totalSeconds()).isBetween(minutes * 60 * 8 / 10, minutes * 60);
        }

        @Test
        void aTightBudgetShortensStepsSoASecondMassagedAreaStillGetsItsStretch() {
            RoutineRequest request = request("lower-back", "feet").partner().minutes(5).build();
            RoutinePlan plan = builder().build(request);

            assertThat(slugs(plan, Phase.MASSAGE)).containsExactly("spine-sacrum-circular-kneading", "foot-hand-massage");
            assertThat(slugs(plan, Phase.STRETCH)).containsExactly("flat-back-90-90", "seated-toe-stretch");
            assertThat(plan.steps()).anySatisfy(step -> assertThat(step.seconds()).isLessThan(StepTime.typical(step.technique())));
            assertThat(plan.totalSeconds()).isEqualTo(300);
            PlanInvariants.assertAllPromises(plan, request);
        }

        @Test
        void aLongBudgetReachesEveryRequestedArea() {
            List<String> areas = List.of("head", "neck", "shoulders", "chest", "upper-back", "lower-back", "abdomen");
            RoutinePlan plan = build(request(areas.toArray(String[]::new)).minutes(60));

            assertThat(plan.steps().stream().flatMap(step -> step.areas().stream())).containsAll(areas);
        }

        @Test
        void twoSidedStepsGiveBothSidesTheSameWholeTime() {
            RoutinePlan plan = build(request("feet", "calves").allTools().minutes(25));

            assertThat(plan.steps()).filteredOn(step -> step.technique().sides() == 2).isNotEmpty()
                .allSatisfy(step -> assertThat(step.seconds() % 2).isZero())
                .allSatisfy(step -> assertThat(step.seconds() / 2 % 15).isZero());
        }
    }

    @Nested
    class ArticleSequence {

        @Test
        void aPartnersLowerBackRoutineWarmsUpKneadsThenStretches() {
            RoutinePlan plan = build(request("lower-back").partner().minutes(15));

            assertThat(slugs(plan, Phase.WARM_UP)).containsExactly("effleurage");
            assertThat(slugs(plan, Phase.MASSAGE)).containsExactly("spine-sacrum-circular-kneading", "glute-kneading-compression");
            assertThat(slugs(plan, Phase.STRETCH)).startsWith("flat-back-90-90", "thread-the-needle", "supine-twist");
            assertThat(plan.steps()).filteredOn(step -> step.technique().kind() == TechniqueKind.MASSAGE)
                .allSatisfy(step -> assertThat(step.performer()).isEqualTo(Performer.PARTNER));
            assertThat(plan.steps()).filteredOn(step -> step.phase() == Phase.STRETCH).allSatisfy(step -> {
                assertThat(step.performer()).isEqualTo(Performer.SELF);
                assertThat(step.reason()).isEqualTo(StepReason.STRETCH_PAIRED);
            });
            assertThat(plan.steps().get(0).reason()).isEqualTo(StepReason.WARM_UP);
            assertThat(plan.steps()).last().extracting(Step::reason).isEqualTo(StepReason.COOL_DOWN);
        }

        @Test
        void aSelfLowerBackRoutineUsesTheSeatedRubThenStretches() {
            RoutinePlan plan = build(request("lower-back").minutes(15));

            assertThat(slugs(plan, Phase.WARM_UP)).containsExactly("self-effleurage");
            assertThat(slugs(plan, Phase.MASSAGE)).containsExactly("seated-lower-back-self-massage");
            assertThat(slugs(plan, Phase.STRETCH)).startsWith("flat-back-90-90", "thread-the-needle", "supine-twist");
            assertThat(plan.steps()).allSatisfy(step -> assertThat(step.performer()).isEqualTo(Performer.SELF));
        }

        @Test
        void aTennisBallAddsTheLyingBallMassage() {
            RoutinePlan plan = build(request("lower-back").tools("tennis-ball").minutes(15));

            assertThat(slugs(plan, Phase.MASSAGE)).containsExactly("seated-lower-back-self-massage", "tennis-ball-back-massage");
        }

        @Test
        void aStretchForAnAreaWithoutMassageIsAPlainStretch() {
            RoutinePlan plan = build(request("lower-back").conditions("cancer"));

            assertThat(plan.steps()).filteredOn(step -> step.phase() == Phase.STRETCH).isNotEmpty()
                .allSatisfy(step -> assertThat(step.reason()).isEqualTo(StepReason.STRETCH));
        }
    }

    @Nested
    class Performers {

        private final Technique assisted = CatalogFixture.stretch("partner-assisted-hamstring-stretch").by(Performer.PARTNER)
            .posture(Posture.LYING_ON_BACK).areas("hamstrings").build();

        private RoutinePlan planWithAssistedStretch(Performer performer) {
            List<Technique> techniques = new ArrayList<>(List.of(assisted));
            techniques.addAll(CatalogFixture.TECHNIQUES);
            Catalog catalog = CatalogFixture.catalog(techniques, CatalogFixture.RESTRICTIONS);
            return new RoutineBuilder(catalog).build(request("hamstrings").by(performer).build());
        }

        @Test
        void aPartnerAssistedStretchIsDoneWithThePartner() {
            assertThat(planWithAssistedStretch(Performer.PARTNER).steps())
                .filteredOn(step -> step.technique().equals(assisted))
                .singleElement().extracting(Step::performer).isEqualTo(Performer.PARTNER);
        }

        @Test
        void aPartnerAssistedStretchIsNotOfferedToSomeoneAlone() {
            assertThat(planWithAssistedStretch(Performer.SELF).steps()).extracting(Step::technique).doesNotContain(assisted);
        }

        @ParameterizedTest(name = "{0} massaged by {1}")
        @CsvSource({"feet, SELF", "feet, PARTNER", "head, SELF", "head, PARTNER"})
        void aMassageForAnyoneIsGivenByWhoeverThePersonChose(String area, Performer performer) {
            RoutinePlan plan = build(request(area).by(performer));

            assertThat(plan.steps()).filteredOn(step -> step.technique().performer() == Performer.ANY)
                .filteredOn(step -> step.technique().kind() == TechniqueKind.MASSAGE).isNotEmpty()
                .allSatisfy(step -> assertThat(step.performer()).isEqualTo(performer));
        }
    }

    @Nested
    class Determinism {

        static Stream<RoutineRequest> requests() {
            return Stream.of(
                request("lower-back").partner().build(),
                request("neck", "shoulders", "upper-back").allTools().minutes(45).build(),
                request("calves", "feet", "thighs").conditions("dvt", "cancer", "burn").affected("feet").pain(7, 10).build(),
                request("hips", "glutes").partner().allTools().minutes(5).conditions("pregnancy").build());
        }

        @ParameterizedTest
        @MethodSource("requests")
        void theSameRequestAlwaysGivesTheSamePlan(RoutineRequest request) {
            assertThat(builder().build(request)).isEqualTo(builder().build(request)).isEqualTo(new RoutineBuilder(CatalogFixture.CATALOG).build(request));
        }

        @Test
        void theOrderSetsWereFilledInDoesNotMatter() {
            List<String> tools = List.of("massage-gun", "foam-roller", "tennis-ball", "golf-ball", "heated-massager");
            List<String> conditions = List.of("pregnancy", "blood-thinners", "dvt", "cancer");
            RoutineRequest forwards = requestWith(tools, conditions);
            RoutineRequest backwards = requestWith(reversed(tools), reversed(conditions));

            assertThat(builder().build(forwards)).isEqualTo(builder().build(backwards));
        }

        private RoutineRequest requestWith(List<String> tools, List<String> conditions) {
            return new RoutineRequest(List.of("lower-back", "calves"), new LinkedHashSet<>(tools), 30, Performer.SELF, new SafetyAnswers(new LinkedHashSet<>(conditions), Set.of(), Set.of(), 0, 0, true));
        }

        private List<String> reversed(List<String> values) {
            List<String> copy = new ArrayList<>(values);
            java.util.Collections.reverse(copy);
            return copy;
        }
    }

    @Nested
    class Refusals {

        @ParameterizedTest(name = "unknown {0}")
        @CsvSource({
            "areas,         elbow",
            "tools,         kettlebell",
            "conditions,    flu",
            "affectedAreas, elbow",
            "redFlags,      sneezing",
        })
        void aRequestNamingUnknownSlugsIsRefusedNamingTheField(String field, String slug) {
            RequestFixture.RequestBuilder request = switch (field) {
                case "areas" -> request("neck", slug);
                case "tools" -> request("neck").tools(slug);
                case "conditions" -> request("neck").conditions(slug);
                case "affectedAreas" -> request("neck").conditions("burn").affected(slug);
                default -> request("neck").redFlags(slug);
            };

            assertThatIllegalArgumentException().isThrownBy(() -> build(request))
                .withMessageContaining(field + "=[" + slug + "]");
        }

        @ParameterizedTest(name = "{0} without affected areas")
        @ValueSource(strings = {"fracture", "burn", "healing-wound"})
        void aLocalConditionWithoutAffectedAreasIsRefused(String condition) {
            assertThatIllegalArgumentException().isThrownBy(() -> build(request("neck").conditions(condition)))
                .withMessageContaining(condition);
        }
    }

    @Nested
    class NoSilentDrop {

        static Stream<RoutineRequest> screenedRequests() {
            return Stream.of(
                request("lower-back", "calves").allTools().conditions("dvt", "blood-thinners").build(),
                request("upper-back", "chest").allTools().conditions("severe-osteoporosis").build(),
                request("abdomen", "lower-back").allTools().conditions("pregnancy").build(),
                request("thighs", "hamstrings").partner().allTools().conditions("severe-thrombocytopenia").pain(8, 0).build(),
                request("feet", "calves").allTools().conditions("healing-wound", "bleeding-disorder").affected("feet").build(),
                request("neck", "shoulders").allTools().conditions("cancer").pain(3, 12).build(),
                request("glutes", "hips").partner().allTools().pain(7, 0).minutes(5).build());
        }

        @ParameterizedTest
        @MethodSource("screenedRequests")
        void everyUnsafeCandidateIsListedWithItsRuleAndNothingSafeIs(RoutineRequest request) {
            RoutinePlan plan = builder().build(request);

            PlanInvariants.assertNothingSilentlyDropped(plan, request);
            assertThat(excludedSlugs(plan)).doesNotContainAnyElementsOf(
                plan.steps().stream().map(step -> step.technique().slug()).toList());
        }
    }

    static Stream<String> areas() {
        return AREAS.stream();
    }

    private static String[] split(String values) {
        return values == null || values.isBlank() ? new String[0] : values.split(";");
    }
}
