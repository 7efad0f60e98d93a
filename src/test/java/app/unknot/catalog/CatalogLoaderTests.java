package app.unknot.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.unknot.system.InvalidParameterException;
import app.unknot.system.NotFoundException;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.context.annotation.Import;

/** The catalog as the migrations fill it and {@link CatalogLoader} reads it into the snapshot. */
@DataJpaTest
@Import(CatalogLoader.class)
class CatalogLoaderTests {

    @Autowired
    Catalog catalog;

    @Nested
    class Content {

        @Test
        void holdsEveryBodyAreaOfTheDomainInBodyOrder() {
            assertThat(slugs(catalog.areas())).containsExactly("head", "neck", "shoulders", "chest", "upper-back",
                "lower-back", "abdomen", "glutes", "hips", "thighs", "hamstrings", "it-band", "calves", "feet");
        }

        @Test
        void holdsEveryToolAndKnowsWhichAreAlwaysAtHand() {
            assertThat(slugs(catalog.tools())).containsExactly("hands", "lotion", "foam-roller", "tennis-ball",
                "golf-ball", "massage-gun", "neck-massager", "back-massager", "heated-massager", "couch", "chair", "wall");
            assertThat(catalog.tools()).filteredOn(Tool::alwaysAvailable).extracting(Tool::slug)
                .containsExactly("hands", "couch", "chair", "wall");
        }

        @Test
        void holdsEveryConditionWithTheLocalOnesMarked() {
            assertThat(slugs(catalog.conditions())).containsExactly("fracture", "burn", "healing-wound",
                "bleeding-disorder", "blood-thinners", "dvt", "severe-osteoporosis", "severe-thrombocytopenia",
                "cancer", "pregnancy");
            assertThat(catalog.conditions()).filteredOn(Condition::local).extracting(Condition::slug)
                .containsExactly("fracture", "burn", "healing-wound");
            assertThat(catalog.conditions()).allSatisfy(c -> assertThat(c.summary()).isNotBlank());
        }

        @Test
        void holdsEveryRedFlagWithItsUrgency() {
            assertThat(catalog.redFlags()).filteredOn(f -> f.urgency() == Urgency.EMERGENCY)
                .extracting(RedFlag::slug)
                .containsExactly("saddle-numbness", "bladder-bowel-change", "leg-weakness", "major-trauma", "chest-pain");
            assertThat(catalog.redFlags()).filteredOn(f -> f.urgency() == Urgency.URGENT)
                .extracting(RedFlag::slug)
                .containsExactly("fever", "weight-loss", "night-pain", "cancer-history-new-pain", "calf-swelling");
        }

        @Test
        void holdsAtLeast25TechniquesEachWithStepsCautionsAreasAndTools() {
            List<Technique> all = catalog.techniques();
            assertThat(all).hasSizeGreaterThanOrEqualTo(25);
            assertThat(all).allSatisfy(t -> {
                assertThat(t.instructions()).as(t.slug() + " instructions").hasSizeGreaterThanOrEqualTo(3);
                assertThat(t.cautions()).as(t.slug() + " cautions").isNotEmpty();
                assertThat(t.areas()).as(t.slug() + " areas").isNotEmpty();
                assertThat(t.tools()).as(t.slug() + " tools").isNotEmpty();
                assertThat(t.phases()).as(t.slug() + " phases").isNotEmpty();
            });
        }

        @Test
        void holdsTheArticlesTechniquesAndStretches() {
            assertThat(slugs(catalog.techniques())).contains("effleurage", "petrissage",
                "spine-sacrum-circular-kneading", "glute-kneading-compression", "seated-lower-back-self-massage",
                "tennis-ball-back-massage", "wall-ball-shoulders", "golf-ball-wall-release", "foam-roll-calves",
                "foam-roll-hamstrings", "foam-roll-thighs", "foam-roll-glutes", "foam-roll-lower-back",
                "foam-roll-it-band", "self-neck-massage", "head-temple-massage", "abdominal-massage", "foot-ball-roll",
                "foot-hand-massage", "thigh-massage", "massage-gun-legs", "neck-shoulder-massager", "back-massager",
                "heated-massager", "flat-back-90-90", "thread-the-needle", "supine-twist");
        }

        @Test
        void everyAreaHasAtLeastOneMassageAndTheBackHasStretches() {
            var all = catalog.techniques();
            for (BodyArea area : catalog.areas()) {
                assertThat(all).as(area.slug()).anySatisfy(t -> {
                    assertThat(t.kind()).isEqualTo(TechniqueKind.MASSAGE);
                    assertThat(slugs(t.areas())).contains(area.slug());
                });
            }
            assertThat(catalog.techniques(new TechniqueFilter("lower-back", null, TechniqueKind.STRETCH, null)))
                .hasSizeGreaterThanOrEqualTo(3);
        }

        @Test
        void instructionsKeepTheirOrder() {
            Technique tennisBall = catalog.technique("tennis-ball-back-massage");
            assertThat(tennisBall.instructionTexts().get(0)).containsIgnoringCase("lie");
            assertThat(String.join(" ", tennisBall.instructionTexts())).containsIgnoringCase("roll");
        }

        @Test
        void restrictionsAreHeldAsData() {
            var restrictions = catalog.restrictions();
            assertThat(restrictions).hasSize(26);
            var dvt = restrictions.stream().filter(r -> r.condition().equals("dvt")).toList();
            assertThat(dvt).singleElement().satisfies(r -> {
                assertThat(r.kind()).isEqualTo(TechniqueKind.MASSAGE);
                assertThat(r.scope()).isEqualTo(AreaScope.LISTED);
                assertThat(r.listedAreas())
                    .containsExactlyInAnyOrder("thighs", "hamstrings", "it-band", "calves", "feet", "hips");
            });
            assertThat(restrictions).filteredOn(r -> r.condition().equals("blood-thinners"))
                .extracting(r -> r.tool() == null ? "max-" + r.maxPressure().slug() : r.tool())
                .containsExactlyInAnyOrder("max-light", "massage-gun", "golf-ball", "foam-roller");
            assertThat(restrictions).filteredOn(Restriction::waivedByClearance)
                .extracting(r -> r.condition()).containsExactly("cancer");
            assertThat(restrictions).allSatisfy(r -> assertThat(r.reason()).isNotBlank());
        }
    }

    @Nested
    class Filters {

        @Test
        void noFilterListsEverythingByName() {
            List<Technique> all = catalog.techniques(TechniqueFilter.NONE);
            assertThat(all).hasSameSizeAs(catalog.techniques());
            assertThat(all).extracting(Technique::name).isSortedAccordingTo(String::compareTo);
        }

        @Test
        void byArea() {
            List<Technique> lowerBack = catalog.techniques(new TechniqueFilter("lower-back", null, null, null));
            assertThat(lowerBack).extracting(Technique::slug)
                .contains("spine-sacrum-circular-kneading", "flat-back-90-90", "seated-lower-back-self-massage")
                .doesNotContain("foot-ball-roll");
            assertThat(lowerBack).allSatisfy(t -> assertThat(slugs(t.areas())).contains("lower-back"));
        }

        @Test
        void byTool() {
            List<Technique> rolled = catalog.techniques(new TechniqueFilter(null, "foam-roller", null, null));
            assertThat(rolled).hasSizeGreaterThanOrEqualTo(6)
                .allSatisfy(t -> assertThat(slugs(t.tools())).contains("foam-roller"));
        }

        @Test
        void byKind() {
            assertThat(catalog.techniques(new TechniqueFilter(null, null, TechniqueKind.STRETCH, null)))
                .isNotEmpty().allSatisfy(t -> assertThat(t.kind()).isEqualTo(TechniqueKind.STRETCH));
        }

        @Test
        void byTextInNameOrSummaryIgnoringCase() {
            assertThat(slugs(catalog.techniques(new TechniqueFilter(null, null, null, "NEEDLE"))))
                .containsExactly("thread-the-needle");
        }

        @Test
        void combined() {
            var filter = new TechniqueFilter("calves", "foam-roller", TechniqueKind.MASSAGE, "roll");
            assertThat(slugs(catalog.techniques(filter))).containsExactly("foam-roll-calves");
        }

        @Test
        void combinationThatMatchesNothingIsEmpty() {
            assertThat(catalog.techniques(new TechniqueFilter("feet", "massage-gun", null, null))).isEmpty();
        }

        @ParameterizedTest
        @ValueSource(strings = {"%", "_", "\\", "100%_\\"})
        void wildcardsInTheTextAreLiteral(String text) {
            assertThat(catalog.techniques(new TechniqueFilter(null, null, null, text))).isEmpty();
        }

        @Test
        void unknownSlugsAreRefusedNamingTheParameter() {
            assertThatThrownBy(() -> TechniqueFilter.of(catalog, "elbow", null, null, null))
                .isInstanceOfSatisfying(InvalidParameterException.class, ex -> assertThat(ex.getParameter()).isEqualTo("area"));
            assertThatThrownBy(() -> TechniqueFilter.of(catalog, null, "spoon", null, null))
                .isInstanceOfSatisfying(InvalidParameterException.class, ex -> assertThat(ex.getParameter()).isEqualTo("tool"));
        }

        @Test
        void unknownTechniqueIsNotFound() {
            assertThatThrownBy(() -> catalog.technique("nope")).isInstanceOf(NotFoundException.class);
        }
    }

    private static List<String> slugs(List<?> entries) {
        return entries.stream().map(CatalogLoaderTests::slug).toList();
    }

    private static String slug(Object entry) {
        if (entry instanceof BodyArea area) {
            return area.slug();
        }
        if (entry instanceof Tool tool) {
            return tool.slug();
        }
        if (entry instanceof Condition condition) {
            return condition.slug();
        }
        return ((Technique) entry).slug();
    }
}
