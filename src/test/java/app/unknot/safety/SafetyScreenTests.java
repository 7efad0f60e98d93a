package app.unknot.safety;

import static app.unknot.catalog.CatalogFixture.restriction;
import static app.unknot.catalog.CatalogFixture.rule;
import static app.unknot.catalog.CatalogFixture.technique;
import static app.unknot.safety.Answers.answers;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import app.unknot.catalog.AreaScope;
import app.unknot.catalog.CatalogFixture;
import app.unknot.catalog.Pressure;
import app.unknot.catalog.RedFlag;
import app.unknot.catalog.Restriction;
import app.unknot.catalog.Technique;
import app.unknot.catalog.Urgency;
import app.unknot.safety.Exclusion.ConditionRule;
import app.unknot.safety.Exclusion.PersonalRule;
import app.unknot.safety.Exclusion.Rule;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.NullSource;

class SafetyScreenTests {

    private static Optional<Exclusion> screen(Answers answers, String technique) {
        return new SafetyScreen(CatalogFixture.CATALOG, answers.build()).ruleOut(technique(technique));
    }

    /** Each row of the safety table: a technique it must rule out, and a similar one it must leave in. */
    @Nested
    class EveryRestrictionRow {

        @ParameterizedTest(name = "{0} row {1} rules out {3}")
        @CsvSource(delimiter = '|', textBlock = """
            fracture                | 0 | calves     | wall-calf-stretch              | seated-toe-stretch
            burn                    | 0 | neck       | self-neck-massage              | head-temple-massage
            healing-wound           | 0 | feet       | foot-hand-massage              | calf-self-kneading
            dvt                     | 0 |            | calf-self-kneading             | wall-calf-stretch
            dvt                     | 0 |            | hip-kneading                   | spine-sacrum-circular-kneading
            bleeding-disorder       | 0 |            | seated-lower-back-self-massage | heated-back-massager
            bleeding-disorder       | 1 |            | massage-gun-legs               | thigh-self-kneading
            bleeding-disorder       | 2 |            | foot-golf-ball-roll            | foot-ball-roll
            bleeding-disorder       | 3 |            | foam-roll-calves               | calf-self-kneading
            blood-thinners          | 0 |            | tennis-ball-back-massage       | golf-ball-wall-release
            blood-thinners          | 1 |            | massage-gun-back               | petrissage
            blood-thinners          | 2 |            | golf-ball-wall-release         | tennis-ball-wall-release
            blood-thinners          | 3 |            | foam-roll-lower-back           | seated-lower-back-self-massage
            severe-thrombocytopenia | 0 |            | glute-kneading-compression     | spine-sacrum-circular-kneading
            severe-thrombocytopenia | 1 |            | massage-gun-legs               | foam-roll-hamstrings-glutes
            severe-thrombocytopenia | 2 |            | foot-golf-ball-roll            | foot-hand-massage
            severe-thrombocytopenia | 3 |            | foam-roll-thighs               | thigh-self-kneading
            severe-osteoporosis     | 0 |            | tennis-ball-back-massage       | heated-back-massager
            severe-osteoporosis     | 1 |            | foam-roll-lower-back           | foam-roll-calves
            severe-osteoporosis     | 2 |            | tennis-ball-back-massage       | foot-ball-roll
            severe-osteoporosis     | 3 |            | golf-ball-wall-release         | foot-golf-ball-roll
            severe-osteoporosis     | 4 |            | supine-twist                   | knees-to-chest
            severe-osteoporosis     | 4 |            | seated-twist                   | seated-figure-four
            cancer                  | 0 |            | heated-back-massager           | flat-back-90-90
            cancer                  | 1 |            | seated-lower-back-self-massage | heated-back-massager
            pregnancy               | 0 |            | abdominal-massage              | standing-side-bend
            pregnancy               | 1 |            | massage-gun-legs               | thigh-self-kneading
            pregnancy               | 2 |            | flat-back-90-90                | cat-cow
            pregnancy               | 2 |            | abdominal-massage              | chest-self-massage
            """)
        void theRowRulesOutWhatItNamesAndLeavesTheSimilarTechniqueIn(String condition, int row, String affected,
                String ruledOut, String leftIn) {
            Restriction restriction = restriction(condition, row);
            Set<String> affectedAreas = affected == null ? Set.of() : Set.of(affected);

            assertThat(RestrictionMatcher.rulesOut(restriction, technique(ruledOut), affectedAreas)).as("rules out %s", ruledOut).isTrue();
            assertThat(RestrictionMatcher.rulesOut(restriction, technique(leftIn), affectedAreas)).as("leaves in %s", leftIn).isFalse();
        }

        @ParameterizedTest(name = "{0} row {1} as a whole condition excludes {2} with its own reason")
        @CsvSource(delimiter = '|', textBlock = """
            dvt                 | 0 | calf-self-kneading
            severe-osteoporosis | 4 | supine-twist
            pregnancy           | 2 | flat-back-90-90
            cancer              | 0 | heated-back-massager
            """)
        void theScreenRecordsTheConditionAndTheRowsReason(String condition, int row, String technique) {
            Exclusion exclusion = screen(answers().conditions(condition), technique).orElseThrow();

            assertThat(exclusion.rule()).isEqualTo(new ConditionRule(condition));
            assertThat(exclusion.reason()).isEqualTo(restriction(condition, row).reason());
            assertThat(exclusion.technique()).isEqualTo(technique(technique));
        }
    }

    @Nested
    class Criteria {

        @ParameterizedTest(name = "cap {0}: {1} pressure ruled out {2}")
        @CsvSource({
            "LIGHT,    LIGHT,    false",
            "LIGHT,    MODERATE, true",
            "LIGHT,    FIRM,     true",
            "MODERATE, LIGHT,    false",
            "MODERATE, MODERATE, false",
            "MODERATE, FIRM,     true",
        })
        void aPressureCapRulesOutOnlyWhatPressesHarder(Pressure cap, Pressure pressure, boolean ruledOut) {
            Restriction restriction = rule("blood-thinners").maxPressure(cap).because("Too hard.");
            Technique technique = CatalogFixture.massage("probe").pressure(pressure).areas("neck").build();

            assertThat(RestrictionMatcher.rulesOut(restriction, technique, Set.of())).isEqualTo(ruledOut);
        }

        @ParameterizedTest(name = "affected {0}: ruled out {1}")
        @CsvSource({
            "calves,      true",
            "feet,        false",
            "neck;calves, true",
            "'',          false",
        })
        void theAffectedScopeLooksOnlyAtThePersonsAffectedAreas(String affected, boolean ruledOut) {
            Set<String> areas = affected.isBlank() ? Set.of() : Set.of(affected.split(";"));

            assertThat(RestrictionMatcher.rulesOut(restriction("fracture", 0), technique("wall-calf-stretch"), areas)).isEqualTo(ruledOut);
        }

        @Test
        void everySetCriterionMustMatch() {
            Restriction gunOnTheBack = rule("pregnancy").tool("massage-gun").listed("lower-back").because("No.");

            assertThat(RestrictionMatcher.rulesOut(gunOnTheBack, technique("massage-gun-back"), Set.of())).isTrue();
            assertThat(RestrictionMatcher.rulesOut(gunOnTheBack, technique("massage-gun-legs"), Set.of())).as("right tool, wrong area").isFalse();
            assertThat(RestrictionMatcher.rulesOut(gunOnTheBack, technique("foam-roll-lower-back"), Set.of())).as("right area, wrong tool").isFalse();
        }
    }

    @Nested
    class Screens {

        @ParameterizedTest(name = "{1} under [{0}] → {2}")
        @CsvSource({
            "blood-thinners;dvt,     self-effleurage,    dvt",
            "dvt;blood-thinners,     calf-self-kneading, blood-thinners",
            "pregnancy;severe-osteoporosis, supine-twist, severe-osteoporosis",
            "pregnancy;cancer,       abdominal-massage,  cancer",
            "fracture;dvt,           calf-self-kneading, fracture",
        })
        void theFirstConditionInCatalogOrderIsTheRecordedRule(String conditions, String technique, String rule) {
            Answers request = answers().conditions(conditions.split(";")).affected("calves");

            assertThat(screen(request, technique)).map(Exclusion::rule).contains(new ConditionRule(rule));
        }

        @ParameterizedTest(name = "{0} leaves {1} in")
        @CsvSource({
            "dvt,                 spine-sacrum-circular-kneading",
            "dvt,                 wall-calf-stretch",
            "blood-thinners,      heated-back-massager",
            "severe-osteoporosis, cat-cow",
            "cancer,              supine-twist",
            "pregnancy,           childs-pose",
        })
        void aSafeTechniqueIsNotRuledOut(String condition, String technique) {
            assertThat(screen(answers().conditions(condition), technique)).isEmpty();
        }

        @Test
        void conditionsThePersonDidNotNameDoNotApply() {
            assertThat(screen(answers().conditions("pregnancy"), "massage-gun-legs").map(Exclusion::rule))
                .contains(new ConditionRule("pregnancy"));
            assertThat(screen(answers().conditions("burn").affected("neck"), "massage-gun-legs")).isEmpty();
        }

        @ParameterizedTest(name = "cleared {0}: {1} → {2}, until cleared {3}")
        @CsvSource({
            "false, heated-back-massager,           No massage until your care team has cleared it., true",
            "true,  heated-back-massager,           ,                                                false",
            "false, seated-lower-back-self-massage, No massage until your care team has cleared it., true",
            "true,  seated-lower-back-self-massage, Light massage only.,                             false",
        })
        void clearanceLiftsOnlyTheWaivableCancerRow(boolean cleared, String technique, String reason, boolean untilCleared) {
            Answers request = answers().conditions("cancer");
            Optional<Exclusion> exclusion = screen(cleared ? request.cleared() : request, technique);

            assertThat(exclusion.map(Exclusion::reason)).isEqualTo(Optional.ofNullable(reason));
            exclusion.ifPresent(found -> assertThat(found.untilCleared()).isEqualTo(untilCleared));
        }

        @ParameterizedTest(name = "pain {0}/10 for {1} weeks: {2} → {3}")
        @CsvSource({
            "6,  6,   seated-lower-back-self-massage, ",
            "7,  0,   seated-lower-back-self-massage, severe-pain",
            "0,  7,   seated-lower-back-self-massage, lasting-pain",
            "9,  30,  tennis-ball-back-massage,       severe-pain",
            "10, 520, heated-back-massager,           ",
            "8,  0,   flat-back-90-90,                ",
        })
        void thePainRuleRulesOutAnythingAboveLightPressure(int level, int weeks, String technique, String rule) {
            SafetyScreen screen = new SafetyScreen(CatalogFixture.CATALOG, answers().pain(level, weeks).build());

            assertThat(screen.ruleOut(technique(technique)).map(Exclusion::rule).map(Rule::slug)).isEqualTo(Optional.ofNullable(rule));
            assertThat(screen.gentleOnly()).isEqualTo(level >= 7 || weeks > 6);
        }
    }

    @Nested
    class RedFlags {

        @Test
        void raisedRedFlagsComeMostUrgentFirst() {
            assertThat(new SafetyScreen(CatalogFixture.CATALOG, answers().redFlags("calf-swelling", "fever", "chest-pain").build())
                .redFlagsRaised()).extracting(RedFlag::slug).containsExactly("chest-pain", "fever", "calf-swelling");
            assertThat(new SafetyScreen(CatalogFixture.CATALOG, answers().redFlags("chest-pain").build()).redFlagsRaised())
                .extracting(RedFlag::urgency).containsExactly(Urgency.EMERGENCY);
        }

        @Test
        void anyRedFlagStops() {
            assertThat(new SafetyScreen(CatalogFixture.CATALOG, answers().redFlags("fever").build()).stops()).isTrue();
            assertThat(new SafetyScreen(CatalogFixture.CATALOG, answers().pain(10, 520).build()).stops()).isFalse();
        }

        @Test
        void answersTheCatalogCannotScreenAreRefused() {
            assertThatIllegalArgumentException()
                .isThrownBy(() -> new SafetyScreen(CatalogFixture.CATALOG, answers().conditions("flu").build()))
                .withMessageContaining("conditions=[flu]");
            assertThatIllegalArgumentException()
                .isThrownBy(() -> new SafetyScreen(CatalogFixture.CATALOG, answers().conditions("burn").build()))
                .withMessageContaining("burn");
        }
    }

    @Nested
    class RecordsRefuseNonsense {

        @Test
        void aListedScopeNeedsAreasAndOnlyItHasThem() {
            assertThatIllegalArgumentException()
                .isThrownBy(() -> new Restriction("dvt", null, AreaScope.LISTED, Set.of(), null, null, null, null, false, "x"))
                .withMessageContaining("lists areas");
            assertThatIllegalArgumentException()
                .isThrownBy(() -> new Restriction("dvt", null, AreaScope.ANY, Set.of("calves"), null, null, null, null, false, "x"))
                .withMessageContaining("lists areas");
        }

        @Test
        void aCapAtFirmWouldNeverMatchAndIsRefused() {
            assertThatIllegalArgumentException().isThrownBy(() -> rule("dvt").maxPressure(Pressure.FIRM).because("x"))
                .withMessageContaining("firm");
        }

        @ParameterizedTest(name = "condition \"{0}\", reason \"{1}\"")
        @CsvSource({"'', reason", "dvt, ''", "' ', reason", "dvt, ' '"})
        void aRestrictionNeedsAConditionAndAReason(String condition, String reason) {
            assertThatIllegalArgumentException().isThrownBy(() -> rule(condition).because(reason));
        }

        @Test
        void onlyThePainRulesComeWithoutACatalogReason() {
            Technique card = technique("petrissage");

            assertThatIllegalArgumentException().isThrownBy(() -> new Exclusion(card, new ConditionRule("dvt"), null, false));
            assertThatIllegalArgumentException().isThrownBy(() -> new Exclusion(card, PainRule.SEVERE_PAIN, "words", false));
            assertThatIllegalArgumentException().isThrownBy(() -> new Exclusion(card, PainRule.LASTING_PAIN, null, true));
            assertThatIllegalArgumentException().isThrownBy(() -> new Exclusion(card, PersonalRule.HURT, null, false));
            assertThat(Exclusion.byPain(card, PainRule.LASTING_PAIN).reason()).isNull();
        }

        @Test
        void onlyAConditionsRestrictionLiftsWithClearance() {
            Technique card = technique("petrissage");

            assertThatIllegalArgumentException().isThrownBy(() -> new Exclusion(card, PersonalRule.HURT, "words", true));
            assertThat(new Exclusion(card, new ConditionRule("cancer"), "words", true).untilCleared()).isTrue();
        }

        @Test
        void whatHurtIsThePersonsOwnRuleWithTheirWords() {
            Exclusion hurt = Exclusion.byPerson(technique("petrissage"), "You marked this as hurting on 1 December.");

            assertThat(hurt.rule()).isEqualTo(PersonalRule.HURT);
            assertThat(hurt.reason()).isEqualTo("You marked this as hurting on 1 December.");
            assertThat(hurt.untilCleared()).isFalse();
        }
    }

    /** A rule is stored and served by its slug: each slug reads back as the rule it was, and nothing else reads at all. */
    @Nested
    class Rules {

        static Stream<Arguments> storedSlugs() {
            return Stream.of(
                arguments("dvt", new ConditionRule("dvt")),
                arguments("severe-osteoporosis", new ConditionRule("severe-osteoporosis")),
                // A routine keeps the rules it was built with, even a condition the catalog no longer holds.
                arguments("flu", new ConditionRule("flu")),
                arguments("severe-pain", PainRule.SEVERE_PAIN),
                arguments("lasting-pain", PainRule.LASTING_PAIN),
                arguments("pain-rose", PainRule.PAIN_ROSE),
                arguments("hurt", PersonalRule.HURT));
        }

        @ParameterizedTest(name = "{0} is {1}")
        @MethodSource("storedSlugs")
        void aStoredSlugReadsBackAsItsRule(String slug, Rule rule) {
            assertThat(Rule.parse(slug)).isEqualTo(rule);
            assertThat(rule.slug()).isEqualTo(slug);
        }

        @Test
        void everyRuleRoundTripsThroughItsSlug() {
            List<Rule> rules = new ArrayList<>(CatalogFixture.CONDITIONS.stream().map(ConditionRule::new).toList());
            rules.addAll(List.of(PainRule.values()));
            rules.addAll(List.of(PersonalRule.values()));

            assertThat(rules).allSatisfy(rule -> assertThat(Rule.parse(rule.slug())).isEqualTo(rule));
            assertThat(rules).extracting(Rule::slug).doesNotHaveDuplicates();
        }

        @ParameterizedTest(name = "\"{0}\"")
        @CsvSource({"''", "' '", "Severe-Pain", "HURT", "' dvt'", "'hurt '", "blood thinners", "dvt;burn", "-dvt", "dvt-",
            "blood--thinners"})
        @NullSource
        void textThatIsNoSlugIsRefused(String text) {
            assertThatIllegalArgumentException().isThrownBy(() -> Rule.parse(text))
                .withMessageContaining("not a condition's slug");
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource({"hurt", "severe-pain", "lasting-pain", "pain-rose"})
        void aConditionCannotTakeAnotherRulesSlug(String slug) {
            assertThatIllegalArgumentException().isThrownBy(() -> new ConditionRule(slug))
                .withMessageContaining("another rule's slug");
        }
    }
}
