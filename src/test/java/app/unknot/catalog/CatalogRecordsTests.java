package app.unknot.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class CatalogRecordsTests {

    @Nested
    class Techniques {

        static Stream<Arguments> brokenTechniques() {
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

        @ParameterizedTest(name = "a technique with {0} is refused")
        @MethodSource("brokenTechniques")
        void aBrokenTechniqueIsRefused(String what, UnaryOperator<CatalogFixture.TechniqueBuilder> breakIt) {
            CatalogFixture.TechniqueBuilder valid = CatalogFixture.massage("probe").areas("neck");

            assertThatIllegalArgumentException().isThrownBy(() -> breakIt.apply(valid).build());
        }

        @Test
        void threeSidesAreRefused() {
            Technique card = CatalogFixture.technique("neck-side-stretch");

            assertThatIllegalArgumentException().isThrownBy(() -> new Technique(card.slug(), card.name(), card.kind(),
                card.performer(), card.posture(), card.pressure(), card.seconds(), card.longestSeconds(), 3, card.movement(), card.phases(),
                card.areas(), card.tools(), card.summary(), card.instructions(), card.cautions())).withMessageContaining("sides");
        }

        /** As the cards say it: a stretch either may do is yours; a massage either may give, a partner's too. */
        @ParameterizedTest(name = "a {0} by {1}: you alone {2}, a partner {3}")
        @CsvSource({
            "massage, self,    true,  false",
            "massage, partner, false, true",
            "massage, any,     true,  true",
            "stretch, self,    true,  false",
            "stretch, partner, false, true",
            "stretch, any,     true,  false"})
        void whoCanDoIt(String kind, String performer, boolean alone, boolean partner) {
            var builder = kind.equals("massage") ? CatalogFixture.massage("probe") : CatalogFixture.stretch("probe");
            Technique technique = builder.areas("neck").by(Slugged.fromSlug(Performer.class, performer)).build();

            assertThat(technique.canBeDoneBy(Performer.SELF)).isEqualTo(alone);
            assertThat(technique.canBeDoneBy(Performer.PARTNER)).isEqualTo(partner);
        }

        @Test
        void phasesIterateInRoutineOrderWhateverOrderTheyCameIn() {
            Technique card = CatalogFixture.massage("probe").areas("neck")
                .phases(Phase.COOL_DOWN, Phase.MASSAGE, Phase.WARM_UP).build();

            assertThat(new ArrayList<>(card.phases())).containsExactly(Phase.WARM_UP, Phase.MASSAGE, Phase.COOL_DOWN);
        }
    }

    @Nested
    class Snapshot {

        @Test
        void aTechniqueOnAnUnknownAreaIsRefusedAtLoadTime() {
            List<Technique> techniques = new ArrayList<>(CatalogFixture.TECHNIQUES);
            techniques.add(CatalogFixture.massage("elbow-rub").areas("elbow").build());

            assertThatIllegalArgumentException().isThrownBy(() -> withTechniques(techniques)).withMessageContaining("elbow");
        }

        @Test
        void aTechniqueUsingAnUnknownToolIsRefused() {
            List<Technique> techniques = List.of(CatalogFixture.massage("kettle").areas("neck").tools("kettlebell").build());

            assertThatIllegalArgumentException().isThrownBy(() -> withTechniques(techniques)).withMessageContaining("kettlebell");
        }

        @Test
        void twoTechniquesWithOneSlugAreRefused() {
            List<Technique> techniques = List.of(CatalogFixture.technique("cat-cow"), CatalogFixture.technique("cat-cow"));

            assertThatIllegalArgumentException().isThrownBy(() -> withTechniques(techniques)).withMessageContaining("cat-cow");
        }

        @Test
        void aRestrictionForAnUnknownConditionOrToolIsRefused() {
            assertThatIllegalArgumentException().isThrownBy(() -> CatalogFixture.catalog(List.of(),
                List.of(CatalogFixture.rule("flu").because("x")))).withMessageContaining("flu");
            assertThatIllegalArgumentException().isThrownBy(() -> CatalogFixture.catalog(List.of(),
                List.of(CatalogFixture.rule("dvt").tool("kettlebell").because("x")))).withMessageContaining("kettlebell");
        }

        @Test
        void aTechniqueMustUseTheCatalogsOwnAreasNotLookAlikes() {
            Technique renamed = CatalogFixture.massage("probe").areas("neck").build();
            Technique lookAlike = new Technique(renamed.slug(), renamed.name(), renamed.kind(), renamed.performer(),
                renamed.posture(), renamed.pressure(), renamed.seconds(), renamed.longestSeconds(), renamed.sides(), renamed.movement(),
                renamed.phases(), List.of(new BodyArea("neck", "Nape", "Not the catalog's neck.")), renamed.tools(),
                renamed.summary(), renamed.instructions(), renamed.cautions());

            assertThatIllegalArgumentException().isThrownBy(() -> withTechniques(List.of(lookAlike)))
                .withMessageContaining("neck");
        }

        @Test
        void householdToolsAreAlwaysAtHand() {
            assertThat(CatalogFixture.CATALOG.alwaysAvailableTools()).containsExactlyInAnyOrder("hands", "couch", "chair", "wall");
        }

        private Catalog withTechniques(List<Technique> techniques) {
            return CatalogFixture.catalog(techniques, CatalogFixture.RESTRICTIONS);
        }
    }
}
