package app.unknot.catalog.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.unknot.catalog.AreaScope;
import app.unknot.catalog.BodyArea;
import app.unknot.catalog.bodymap.BodyMap;
import app.unknot.catalog.Catalog;
import app.unknot.catalog.Condition;
import app.unknot.catalog.Performer;
import app.unknot.catalog.RedFlag;
import app.unknot.catalog.Restriction;
import app.unknot.catalog.Technique;
import app.unknot.catalog.TechniqueFilter;
import app.unknot.catalog.TechniqueKind;
import app.unknot.catalog.Tool;
import app.unknot.catalog.Urgency;
import app.unknot.system.InvalidParameterException;
import app.unknot.system.NotFoundException;
import jakarta.persistence.EntityManager;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
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

    @Autowired
    EntityManager entities;

    @Nested
    class Content {

        @Test
        void holdsEveryBodyAreaOfTheDomainInBodyOrder() {
            assertThat(slugs(catalog.areas())).containsExactly("head", "jaw", "neck", "shoulders", "upper-arms", "forearms",
                "chest", "upper-back", "lower-back", "abdomen", "glutes", "hips", "thighs", "hamstrings", "it-band", "calves",
                "shins", "feet");
        }

        @Test
        void theBodyMapDrawsEveryAreaInBodyOrder() {
            // An area added by a migration needs its region in BodyMap, or no map can offer it.
            assertThat(BodyMap.INSTANCE.regions()).extracting(BodyMap.Region::area).containsExactlyElementsOf(slugs(catalog.areas()));
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
                "cancer", "pregnancy", "varicose-veins", "diabetes-numb-feet", "skin-condition", "recent-sprain", "lymphoedema",
                "hernia-or-belly-surgery", "radiotherapy-area");
            assertThat(catalog.conditions()).filteredOn(Condition::local).extracting(Condition::slug)
                .containsExactly("fracture", "burn", "healing-wound", "varicose-veins", "skin-condition", "recent-sprain",
                    "lymphoedema", "radiotherapy-area");
            assertThat(catalog.conditions()).allSatisfy(c -> {
                assertThat(c.summary()).isNotBlank();
                assertThat(c.sources()).isNotEmpty();
            });
        }

        @Test
        void holdsEveryRedFlagWithItsUrgencyAreasAndSources() {
            assertThat(catalog.redFlags()).filteredOn(f -> f.urgency() == Urgency.EMERGENCY)
                .extracting(RedFlag::slug)
                .containsExactly("major-trauma", "chest-pain", "saddle-numbness", "bladder-bowel-change", "leg-weakness",
                    "sudden-severe-headache", "head-injury-headache", "stroke-signs", "meningitis-signs",
                    "headache-sight-or-confusion", "neck-artery-signs", "spinal-cord-signs", "sudden-belly-pain",
                    "pregnant-belly-pain");
            assertThat(catalog.redFlags()).filteredOn(f -> f.urgency() == Urgency.URGENT)
                .extracting(RedFlag::slug)
                .containsExactly("fever", "calf-swelling", "weight-loss", "night-pain", "cancer-history-new-pain",
                    "jaw-pain-headache", "jaw-locked", "worsening-headache", "arm-nerve-signs", "diabetic-foot");
            assertThat(catalog.redFlags()).filteredOn(f -> f.urgency() == Urgency.GP).extracting(RedFlag::slug)
                .containsExactly("hand-numbness");
            assertThat(catalog.redFlags()).filteredOn(RedFlag::general).extracting(RedFlag::slug)
                .containsExactly("major-trauma", "chest-pain", "fever", "calf-swelling");
            RedFlag stroke = catalog.redFlags().stream().filter(f -> f.slug().equals("stroke-signs")).findFirst().orElseThrow();
            assertThat(stroke.areas()).containsExactly("head", "jaw", "neck", "shoulders");
            assertThat(catalog.redFlagsAskedWith("pregnancy")).extracting(RedFlag::slug).containsExactly("pregnant-belly-pain");
            assertThat(stroke.sources()).containsExactly("NHS, \"Stroke\"");
            assertThat(stroke.advice()).contains("{emergency-number}");
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
            assertThat(catalog.techniques(new TechniqueFilter("lower-back", null, TechniqueKind.STRETCH, null, null)))
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
            assertThat(restrictions).hasSize(43);
            var dvt = restrictions.stream().filter(r -> r.condition().equals("dvt")).toList();
            assertThat(dvt).singleElement().satisfies(r -> {
                assertThat(r.kind()).isEqualTo(TechniqueKind.MASSAGE);
                assertThat(r.scope()).isEqualTo(AreaScope.LISTED);
                assertThat(r.listedAreas())
                    .containsExactlyInAnyOrder("thighs", "hamstrings", "it-band", "calves", "shins", "feet", "hips");
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
        void noFilterListsEverythingHeadToFeetMassageBeforeStretchThenByName() {
            List<Technique> all = catalog.techniques(TechniqueFilter.NONE);
            List<String> areaOrder = slugs(catalog.areas());
            assertThat(all).hasSameSizeAs(catalog.techniques());
            assertThat(all).isSortedAccordingTo(Comparator
                .comparingInt((Technique t) -> areaOrder.indexOf(t.areaSlugs().get(0)))
                .thenComparing(Technique::kind).thenComparing(Technique::name));
            assertThat(all.get(0).areaSlugs()).first().isEqualTo("head");
            assertThat(all.get(all.size() - 1).areaSlugs()).first().isEqualTo("feet");
            assertThat(all.get(all.size() - 1).kind()).isEqualTo(TechniqueKind.STRETCH);
        }

        @Test
        void byWhoDoesIt() {
            var self = catalog.techniques(TechniqueFilter.of(catalog, null, null, null, null, "self"));
            var partner = catalog.techniques(TechniqueFilter.of(catalog, null, null, null, null, "partner"));
            assertThat(self).isNotEmpty().noneMatch(t -> t.performer() == Performer.PARTNER);
            assertThat(partner).isNotEmpty().noneMatch(t -> t.performer() == Performer.SELF)
                .noneMatch(t -> t.performer() == Performer.ANY && t.kind() == TechniqueKind.STRETCH);
        }

        @Test
        void theTwoPerformersShareOnlyWhatEitherMayDo() {
            var self = catalog.techniques(TechniqueFilter.of(catalog, null, null, null, null, "self"));
            var partner = catalog.techniques(TechniqueFilter.of(catalog, null, null, null, null, "partner"));
            assertThat(slugs(self)).contains("self-neck-massage", "cat-cow").doesNotContain("petrissage");
            assertThat(slugs(partner)).contains("petrissage").doesNotContain("self-neck-massage", "cat-cow");
            assertThat(self).filteredOn(partner::contains).allSatisfy(t -> assertThat(t.performer()).isEqualTo(Performer.ANY));
            assertThat(self.size() + partner.size()).isGreaterThanOrEqualTo(catalog.techniques().size());
        }

        /** The words people use find techniques through the keywords kept with the content, the empty result's suggestions among them. */
        @ParameterizedTest(name = "\"{0}\" finds {1}")
        @CsvSource(delimiter = '|', value = {
            "sciatica          | thread-the-needle seated-figure-four foam-roll-glutes",
            "Sciatica          | thread-the-needle",
            "knot              | tennis-ball-back-massage wall-ball-shoulders self-neck-massage",
            "knots             | tennis-ball-back-massage",
            "stiff neck        | neck-side-stretch self-neck-massage",
            "my stiff neck     | neck-side-stretch",
            "desk back         | seated-twist cat-cow wall-chest-stretch",
            "tension headache  | head-temple-massage self-neck-massage",
            "tension headaches | head-temple-massage",
            "plantar           | plantar-stretch foot-ball-roll",
            "plantar fasciitis | plantar-stretch",
            "heel pain         | plantar-stretch wall-calf-stretch",
            "sore feet         | foot-hand-massage plantar-stretch",
            "calf              | wall-calf-stretch foam-roll-calves",
            "runner's knee     | foam-roll-it-band standing-it-band-stretch",
            "IT-band           | foam-roll-it-band",
            "constipation      | abdominal-massage",
            "sciat             | thread-the-needle",
            "stiff             | cat-cow neck-side-stretch",
            "neck              | neck-side-stretch self-neck-massage",
            "lower back        | flat-back-90-90 foam-roll-lower-back",
            "feet              | plantar-stretch foot-ball-roll",
            "tennis elbow      | wrist-extensor-stretch forearm-self-massage tennis-ball-forearm-roll",
            "golfer's elbow    | wrist-flexor-stretch forearm-self-massage",
            "mouse arm         | forearm-self-massage wrist-flexor-stretch wrist-extensor-stretch",
            "texting thumb     | hand-thumb-massage finger-tendon-glides",
            "clenched jaw      | jaw-massage jaw-opening-stretch relaxed-jaw-release",
            "grinding teeth    | jaw-massage",
            "TMJ               | jaw-massage",
            "shin splints      | shin-self-massage kneeling-shin-stretch standing-shin-stretch foam-roll-shins",
            "stiff ankles      | ankle-circles",
            "golfer's elbow    | forearm-self-massage",
            "bloating          | belly-stroking abdominal-massage",
            "tight hips        | butterfly-stretch tennis-ball-hip-release",
            "rounded shoulders | chest-self-massage clasped-hands-chest-opener",
            "RSI               | forearm-self-massage prayer-stretch",
            "triceps           | overhead-triceps-stretch upper-arm-self-massage"})
        void findsTechniquesByTheWordsPeopleUse(String text, String expected) {
            List<Technique> found = catalog.techniques(new TechniqueFilter(null, null, null, text, null));
            assertThat(slugs(found)).contains(expected.split(" "));
        }

        @ParameterizedTest(name = "\"{0}\" finds nothing")
        @ValueSource(strings = {"earlobe", "sciatica knees-together-xyz", "kn", "a"})
        void findsNothingForWordsNoTechniqueHas(String text) {
            assertThat(catalog.techniques(new TechniqueFilter(null, null, null, text, null))).isEmpty();
        }

        @Test
        void aSearchNarrowsEveryOtherFilter() {
            List<Technique> found = catalog.techniques(new TechniqueFilter("neck", null, TechniqueKind.STRETCH, "stiff neck", null));
            assertThat(slugs(found)).contains("neck-side-stretch").doesNotContain("self-neck-massage");
        }

        @Test
        void everyTechniqueHasKeywordsThatFindIt() {
            // A technique added without keywords is only found by its own words: name them in a migration.
            for (Technique technique : catalog.techniques()) {
                assertThat(keywordsOf(technique.slug())).as(technique.slug()).isNotEmpty().allSatisfy(keyword ->
                    assertThat(slugs(catalog.techniques(new TechniqueFilter(null, null, null, keyword, null))))
                        .as(keyword).contains(technique.slug()));
            }
        }

        @Test
        void byArea() {
            List<Technique> lowerBack = catalog.techniques(new TechniqueFilter("lower-back", null, null, null, null));
            assertThat(lowerBack).extracting(Technique::slug)
                .contains("spine-sacrum-circular-kneading", "flat-back-90-90", "seated-lower-back-self-massage")
                .doesNotContain("foot-ball-roll");
            assertThat(lowerBack).allSatisfy(t -> assertThat(slugs(t.areas())).contains("lower-back"));
            assertThat(lowerBack).as("massage first, those for the lower back alone first")
                .isSortedAccordingTo(Comparator.comparing(Technique::kind).thenComparingInt(t -> t.areas().size()));
            assertThat(lowerBack.get(0).areaSlugs()).containsExactly("lower-back");
        }

        @Test
        void byTool() {
            List<Technique> rolled = catalog.techniques(new TechniqueFilter(null, "foam-roller", null, null, null));
            assertThat(rolled).hasSizeGreaterThanOrEqualTo(6)
                .allSatisfy(t -> assertThat(slugs(t.tools())).contains("foam-roller"));
        }

        @Test
        void byKind() {
            assertThat(catalog.techniques(new TechniqueFilter(null, null, TechniqueKind.STRETCH, null, null)))
                .isNotEmpty().allSatisfy(t -> assertThat(t.kind()).isEqualTo(TechniqueKind.STRETCH));
        }

        @Test
        void byTextInNameOrSummaryIgnoringCase() {
            assertThat(slugs(catalog.techniques(new TechniqueFilter(null, null, null, "NEEDLE", null))))
                .containsExactly("thread-the-needle");
        }

        @Test
        void combined() {
            var filter = new TechniqueFilter("calves", "foam-roller", TechniqueKind.MASSAGE, "roll", null);
            assertThat(slugs(catalog.techniques(filter))).containsExactly("foam-roll-calves");
        }

        @Test
        void combinationThatMatchesNothingIsEmpty() {
            assertThat(catalog.techniques(new TechniqueFilter("feet", "massage-gun", null, null, null))).isEmpty();
        }

        @ParameterizedTest
        @ValueSource(strings = {"%", "_", "\\", "100%_\\"})
        void wildcardsInTheTextAreLiteral(String text) {
            assertThat(catalog.techniques(new TechniqueFilter(null, null, null, text, null))).isEmpty();
        }

        @Test
        void unknownSlugsAreRefusedNamingTheParameter() {
            assertThatThrownBy(() -> TechniqueFilter.of(catalog, "elbow", null, null, null, null))
                .isInstanceOfSatisfying(InvalidParameterException.class, ex -> assertThat(ex.getParameter()).isEqualTo("area"));
            assertThatThrownBy(() -> TechniqueFilter.of(catalog, null, "spoon", null, null, null))
                .isInstanceOfSatisfying(InvalidParameterException.class, ex -> assertThat(ex.getParameter()).isEqualTo("tool"));
            for (String by : List.of("any", "dog", "SELF")) {
                assertThatThrownBy(() -> TechniqueFilter.of(catalog, null, null, null, null, by)).as(by)
                    .isInstanceOfSatisfying(InvalidParameterException.class, ex -> assertThat(ex.getParameter()).isEqualTo("by"));
            }
        }

        @Test
        void unknownTechniqueIsNotFound() {
            assertThatThrownBy(() -> catalog.technique("nope")).isInstanceOf(NotFoundException.class);
        }
    }

    private List<String> keywordsOf(String technique) {
        return entities.createNativeQuery("select k.phrase from technique_keyword k join technique t on t.id = k.technique_id "
            + "where t.slug = ?1", String.class).setParameter(1, technique).getResultList();
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
