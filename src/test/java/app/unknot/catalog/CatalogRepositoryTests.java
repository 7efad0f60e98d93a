package app.unknot.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.unknot.model.CatalogEntry;
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

/** The catalog as the migrations load it, read through the repositories. */
@DataJpaTest
@Import(Catalog.class)
class CatalogRepositoryTests {

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
            assertThat(catalog.tools()).filteredOn(Tool::isAlwaysAvailable).extracting(Tool::getSlug)
                .containsExactly("hands", "couch", "chair", "wall");
        }

        @Test
        void holdsEveryConditionWithTheLocalOnesMarked() {
            assertThat(slugs(catalog.conditions())).containsExactly("fracture", "burn", "healing-wound",
                "bleeding-disorder", "blood-thinners", "dvt", "severe-osteoporosis", "severe-thrombocytopenia",
                "cancer", "pregnancy");
            assertThat(catalog.conditions()).filteredOn(HealthCondition::isLocal).extracting(HealthCondition::getSlug)
                .containsExactly("fracture", "burn", "healing-wound");
            assertThat(catalog.conditions()).allSatisfy(c -> assertThat(c.getSummary()).isNotBlank());
        }

        @Test
        void holdsEveryRedFlagWithItsUrgency() {
            assertThat(catalog.redFlags()).filteredOn(f -> f.getUrgency() == Urgency.EMERGENCY)
                .extracting(RedFlag::getSlug)
                .containsExactly("saddle-numbness", "bladder-bowel-change", "leg-weakness", "major-trauma", "chest-pain");
            assertThat(catalog.redFlags()).filteredOn(f -> f.getUrgency() == Urgency.URGENT)
                .extracting(RedFlag::getSlug)
                .containsExactly("fever", "weight-loss", "night-pain", "cancer-history-new-pain", "calf-swelling");
        }

        @Test
        void holdsAtLeast25TechniquesEachWithStepsCautionsAreasAndTools() {
            List<Technique> all = catalog.allTechniques();
            assertThat(all).hasSizeGreaterThanOrEqualTo(25);
            assertThat(all).allSatisfy(t -> {
                assertThat(t.getInstructions()).as(t.getSlug() + " instructions").hasSizeGreaterThanOrEqualTo(3);
                assertThat(t.getCautions()).as(t.getSlug() + " cautions").isNotEmpty();
                assertThat(t.getAreas()).as(t.getSlug() + " areas").isNotEmpty();
                assertThat(t.getTools()).as(t.getSlug() + " tools").isNotEmpty();
                assertThat(t.getPhases()).as(t.getSlug() + " phases").isNotEmpty();
            });
        }

        @Test
        void holdsTheArticlesTechniquesAndStretches() {
            assertThat(slugs(catalog.allTechniques())).contains("effleurage", "petrissage",
                "spine-sacrum-circular-kneading", "glute-kneading-compression", "seated-lower-back-self-massage",
                "tennis-ball-back-massage", "wall-ball-shoulders", "golf-ball-wall-release", "foam-roll-calves",
                "foam-roll-hamstrings", "foam-roll-thighs", "foam-roll-glutes", "foam-roll-lower-back",
                "foam-roll-it-band", "self-neck-massage", "head-temple-massage", "abdominal-massage", "foot-ball-roll",
                "foot-hand-massage", "thigh-massage", "massage-gun-legs", "neck-shoulder-massager", "back-massager",
                "heated-massager", "flat-back-90-90", "thread-the-needle", "supine-twist");
        }

        @Test
        void everyAreaHasAtLeastOneMassageAndTheBackHasStretches() {
            var all = catalog.allTechniques();
            for (BodyArea area : catalog.areas()) {
                assertThat(all).as(area.getSlug()).anySatisfy(t -> {
                    assertThat(t.getKind()).isEqualTo(TechniqueKind.MASSAGE);
                    assertThat(slugs(t.getAreas())).contains(area.getSlug());
                });
            }
            assertThat(catalog.techniques(new TechniqueFilter("lower-back", null, TechniqueKind.STRETCH, null)))
                .hasSizeGreaterThanOrEqualTo(3);
        }

        @Test
        void instructionsKeepTheirOrder() {
            Technique tennisBall = catalog.technique("tennis-ball-back-massage");
            assertThat(tennisBall.getInstructions().get(0)).containsIgnoringCase("lie");
            assertThat(String.join(" ", tennisBall.getInstructions())).containsIgnoringCase("roll");
        }

        @Test
        void restrictionsAreHeldAsData() {
            var restrictions = catalog.restrictions();
            assertThat(restrictions).hasSize(26);
            var dvt = restrictions.stream().filter(r -> r.getCondition().getSlug().equals("dvt")).toList();
            assertThat(dvt).singleElement().satisfies(r -> {
                assertThat(r.getKind()).isEqualTo(TechniqueKind.MASSAGE);
                assertThat(r.getAreaScope()).isEqualTo(AreaScope.LISTED);
                assertThat(slugs(List.copyOf(r.getListedAreas())))
                    .containsExactlyInAnyOrder("thighs", "hamstrings", "it-band", "calves", "feet", "hips");
            });
            assertThat(restrictions).filteredOn(r -> r.getCondition().getSlug().equals("blood-thinners"))
                .extracting(r -> r.getTool() == null ? "max-" + r.getMaxPressure().slug() : r.getTool().getSlug())
                .containsExactlyInAnyOrder("max-light", "massage-gun", "golf-ball", "foam-roller");
            assertThat(restrictions).filteredOn(ConditionRestriction::isWaivedByClearance)
                .extracting(r -> r.getCondition().getSlug()).containsExactly("cancer");
            assertThat(restrictions).allSatisfy(r -> assertThat(r.getReason()).isNotBlank());
        }
    }

    @Nested
    class Filters {

        @Test
        void noFilterListsEverythingByName() {
            List<Technique> all = catalog.techniques(TechniqueFilter.NONE);
            assertThat(all).hasSameSizeAs(catalog.allTechniques());
            assertThat(all).extracting(Technique::getName).isSortedAccordingTo(String::compareTo);
        }

        @Test
        void byArea() {
            List<Technique> lowerBack = catalog.techniques(new TechniqueFilter("lower-back", null, null, null));
            assertThat(lowerBack).extracting(Technique::getSlug)
                .contains("spine-sacrum-circular-kneading", "flat-back-90-90", "seated-lower-back-self-massage")
                .doesNotContain("foot-ball-roll");
            assertThat(lowerBack).allSatisfy(t -> assertThat(slugs(t.getAreas())).contains("lower-back"));
        }

        @Test
        void byTool() {
            List<Technique> rolled = catalog.techniques(new TechniqueFilter(null, "foam-roller", null, null));
            assertThat(rolled).hasSizeGreaterThanOrEqualTo(6)
                .allSatisfy(t -> assertThat(slugs(t.getTools())).contains("foam-roller"));
        }

        @Test
        void byKind() {
            assertThat(catalog.techniques(new TechniqueFilter(null, null, TechniqueKind.STRETCH, null)))
                .isNotEmpty().allSatisfy(t -> assertThat(t.getKind()).isEqualTo(TechniqueKind.STRETCH));
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
            assertThatThrownBy(() -> catalog.filter("elbow", null, null, null))
                .isInstanceOfSatisfying(InvalidParameterException.class, ex -> assertThat(ex.getParameter()).isEqualTo("area"));
            assertThatThrownBy(() -> catalog.filter(null, "spoon", null, null))
                .isInstanceOfSatisfying(InvalidParameterException.class, ex -> assertThat(ex.getParameter()).isEqualTo("tool"));
        }

        @Test
        void unknownTechniqueIsNotFound() {
            assertThatThrownBy(() -> catalog.technique("nope")).isInstanceOf(NotFoundException.class);
        }
    }

    private static List<String> slugs(List<? extends CatalogEntry> entries) {
        return entries.stream().map(CatalogEntry::getSlug).toList();
    }
}
