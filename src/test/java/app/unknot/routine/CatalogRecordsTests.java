package app.unknot.routine;

import static app.unknot.routine.CatalogFixture.CATALOG;
import static app.unknot.routine.CatalogFixture.request;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import app.unknot.catalog.Phase;
import app.unknot.catalog.Urgency;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class CatalogRecordsTests {

    @Nested
    class Techniques {

        static Stream<Arguments> brokenCards() {
            return Stream.of(
                Arguments.of("no slug", (UnaryOperator<CatalogFixture.TechniqueBuilder>) b -> CatalogFixture.massage(" ").areas("neck")),
                Arguments.of("too short", (UnaryOperator<CatalogFixture.TechniqueBuilder>) b -> b.seconds(10)),
                Arguments.of("too long", (UnaryOperator<CatalogFixture.TechniqueBuilder>) b -> b.seconds(1201)),
                Arguments.of("no area", (UnaryOperator<CatalogFixture.TechniqueBuilder>) b -> b.areas()),
                Arguments.of("an area twice", (UnaryOperator<CatalogFixture.TechniqueBuilder>) b -> b.areas("neck", "neck")),
                Arguments.of("no phase", (UnaryOperator<CatalogFixture.TechniqueBuilder>) b -> b.phases()),
                Arguments.of("a massage in the stretch phase", (UnaryOperator<CatalogFixture.TechniqueBuilder>) b -> b.phases(Phase.STRETCH)),
                Arguments.of("a stretch in the massage phase",
                    (UnaryOperator<CatalogFixture.TechniqueBuilder>) b -> CatalogFixture.stretch("s").areas("neck").phases(Phase.MASSAGE)),
                Arguments.of("no pressure", (UnaryOperator<CatalogFixture.TechniqueBuilder>) b -> b.pressure(null)));
        }

        @ParameterizedTest(name = "a card with {0} is refused")
        @MethodSource("brokenCards")
        void aBrokenCardIsRefused(String what, UnaryOperator<CatalogFixture.TechniqueBuilder> breakIt) {
            CatalogFixture.TechniqueBuilder valid = CatalogFixture.massage("probe").areas("neck");

            assertThatIllegalArgumentException().isThrownBy(() -> breakIt.apply(valid).card());
        }

        @Test
        void threeSidesAreRefused() {
            TechniqueCard card = CatalogFixture.technique("neck-side-stretch");

            assertThatIllegalArgumentException().isThrownBy(() -> new TechniqueCard(card.slug(), card.name(), card.kind(),
                card.performer(), card.posture(), card.pressure(), card.seconds(), 3, card.movement(), card.phases(),
                card.areas(), card.tools(), card.instructions(), card.cautions())).withMessageContaining("sides");
        }

        @Test
        void phasesIterateInRoutineOrderWhateverOrderTheyCameIn() {
            TechniqueCard card = CatalogFixture.massage("probe").areas("neck")
                .phases(Phase.COOL_DOWN, Phase.MASSAGE, Phase.WARM_UP).card();

            assertThat(new ArrayList<>(card.phases())).containsExactly(Phase.WARM_UP, Phase.MASSAGE, Phase.COOL_DOWN);
        }
    }

    @Nested
    class Snapshot {

        @Test
        void aTechniqueOnAnUnknownAreaIsRefusedAtLoadTime() {
            List<TechniqueCard> techniques = new ArrayList<>(CatalogFixture.TECHNIQUES);
            techniques.add(CatalogFixture.massage("elbow-rub").areas("elbow").card());

            assertThatIllegalArgumentException().isThrownBy(() -> withTechniques(techniques)).withMessageContaining("elbow");
        }

        @Test
        void aTechniqueUsingAnUnknownToolIsRefused() {
            List<TechniqueCard> techniques = List.of(CatalogFixture.massage("kettle").areas("neck").tools("kettlebell").card());

            assertThatIllegalArgumentException().isThrownBy(() -> withTechniques(techniques)).withMessageContaining("kettlebell");
        }

        @Test
        void twoTechniquesWithOneSlugAreRefused() {
            List<TechniqueCard> techniques = List.of(CatalogFixture.technique("cat-cow"), CatalogFixture.technique("cat-cow"));

            assertThatIllegalArgumentException().isThrownBy(() -> withTechniques(techniques)).withMessageContaining("cat-cow");
        }

        @Test
        void aRestrictionForAnUnknownConditionOrToolIsRefused() {
            assertThatIllegalArgumentException().isThrownBy(() -> new SafetyCatalog(List.of(), CatalogFixture.AREAS,
                CatalogFixture.TOOLS, Set.of(), CatalogFixture.CONDITIONS, Set.of(),
                List.of(CatalogFixture.rule("flu").because("x")), List.of())).withMessageContaining("flu");
            assertThatIllegalArgumentException().isThrownBy(() -> new SafetyCatalog(List.of(), CatalogFixture.AREAS,
                CatalogFixture.TOOLS, Set.of(), CatalogFixture.CONDITIONS, Set.of(),
                List.of(CatalogFixture.rule("dvt").tool("kettlebell").because("x")), List.of())).withMessageContaining("kettlebell");
        }

        @Test
        void aLocalConditionOrAlwaysAvailableToolMustBeKnown() {
            assertThatIllegalArgumentException().isThrownBy(() -> new SafetyCatalog(List.of(), CatalogFixture.AREAS,
                CatalogFixture.TOOLS, Set.of("sofa"), CatalogFixture.CONDITIONS, Set.of(), List.of(), List.of()));
            assertThatIllegalArgumentException().isThrownBy(() -> new SafetyCatalog(List.of(), CatalogFixture.AREAS,
                CatalogFixture.TOOLS, Set.of(), CatalogFixture.CONDITIONS, Set.of("sprain"), List.of(), List.of()));
        }

        private SafetyCatalog withTechniques(List<TechniqueCard> techniques) {
            return new SafetyCatalog(techniques, CatalogFixture.AREAS, CatalogFixture.TOOLS, CatalogFixture.ALWAYS_AVAILABLE,
                CatalogFixture.CONDITIONS, CatalogFixture.LOCAL, CatalogFixture.RESTRICTIONS, CatalogFixture.RED_FLAGS);
        }
    }

    @Nested
    class RequestChecks {

        @Test
        void aRequestOfKnownSlugsHasNoUnknownSlugs() {
            assertThat(CATALOG.unknownSlugs(request("neck", "feet").allTools().conditions("burn").affected("feet")
                .redFlags("fever").build())).isEmpty();
        }

        @Test
        void unknownSlugsAreListedSortedUnderTheFieldThatNamedThem() {
            RoutineRequest request = request("neck", "elbow", "wrist").tools("lotion", "kettlebell").conditions("flu", "dvt")
                .affected("knee").redFlags("sneezing").build();

            assertThat(CATALOG.unknownSlugs(request)).containsExactly(
                Map.entry("areas", List.of("elbow", "wrist")),
                Map.entry("tools", List.of("kettlebell")),
                Map.entry("conditions", List.of("flu")),
                Map.entry("affectedAreas", List.of("knee")),
                Map.entry("redFlags", List.of("sneezing")));
        }

        @Test
        void localConditionsWithoutAffectedAreasAreNamedInCatalogOrder() {
            assertThat(CATALOG.localConditionsMissingAreas(request("neck").conditions("healing-wound", "dvt", "fracture").build()))
                .containsExactly("fracture", "healing-wound");
            assertThat(CATALOG.localConditionsMissingAreas(request("neck").conditions("fracture").affected("feet").build())).isEmpty();
            assertThat(CATALOG.localConditionsMissingAreas(request("neck").conditions("dvt").build())).isEmpty();
        }

        @Test
        void raisedRedFlagsComeMostUrgentFirst() {
            assertThat(CATALOG.redFlagsRaised(Set.of("calf-swelling", "fever", "chest-pain")))
                .extracting(RedFlagCard::slug).containsExactly("chest-pain", "fever", "calf-swelling");
            assertThat(CATALOG.redFlagsRaised(Set.of("chest-pain")))
                .extracting(RedFlagCard::urgency).containsExactly(Urgency.EMERGENCY);
        }

        @Test
        void householdToolsAreAlwaysAtHand() {
            assertThat(CATALOG.availableTools(Set.of("lotion"))).containsExactlyInAnyOrder("hands", "couch", "chair", "wall", "lotion");
        }
    }
}
