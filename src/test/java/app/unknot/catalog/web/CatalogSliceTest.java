package app.unknot.catalog.web;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;

import app.unknot.catalog.BodyArea;
import app.unknot.catalog.Catalog;
import app.unknot.catalog.Catalogs;
import app.unknot.catalog.CatalogFixture;
import app.unknot.catalog.Condition;
import app.unknot.catalog.Instruction;
import app.unknot.catalog.Performer;
import app.unknot.catalog.Phase;
import app.unknot.catalog.Posture;
import app.unknot.catalog.Pressure;
import app.unknot.catalog.RedFlag;
import app.unknot.catalog.Technique;
import app.unknot.catalog.TechniqueKind;
import app.unknot.catalog.TechniqueSafety;
import app.unknot.catalog.Tool;
import app.unknot.catalog.Urgency;
import app.unknot.catalog.picture.TechniquePictures;
import app.unknot.catalog.EmergencyNumbers;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/**
 * Shared set-up for the catalog's web slice tests: a tiny real {@link Catalog} (so filter values are
 * really checked) and a stand-in for the safety rules.
 */
@Import({CatalogSliceTest.TinyCatalog.class, TechniquePictures.class})
abstract class CatalogSliceTest {

    static final BodyArea LOWER_BACK = new BodyArea("lower-back", "Lower back", "About the Lower back");
    static final BodyArea HEAD = new BodyArea("head", "Head", "About the Head");
    static final Tool COUCH = new Tool("couch", "Couch", "About Couch", true);

    @MockitoBean
    TechniqueSafety safety;

    @BeforeEach
    void pregnancyRulesItOut() {
        given(safety.ruledOutBy(any(Technique.class))).willReturn(Map.of(
            new Condition("pregnancy", "Pregnancy", "What pregnancy is.", "Ask your midwife.", false, List.of("A public source")),
            CatalogFixture.rule("pregnancy").because("Lying flat on your back for long is best avoided.")));
    }

    static Technique flatBack() {
        return new Technique("flat-back-90-90", "Flat back (90/90)", TechniqueKind.STRETCH, Performer.ANY,
            Posture.LYING_ON_BACK, Pressure.LIGHT, 150, 300, 1, null, Set.of(Phase.STRETCH, Phase.COOL_DOWN),
            List.of(LOWER_BACK), List.of(COUCH), "Rest your calves on the couch and let the lower back settle.",
            Stream.of("Lie down.", "Calves on the couch.", "Breathe.").map(Instruction::of).toList(), List.of("Tender is fine, hurting is not."));
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class TinyCatalog {

        /** English only: the translations are the real catalog's, tested with it. */
        @Bean
        Catalogs catalogs(Catalog catalog) {
            return new Catalogs(catalog, List.of(), new EmergencyNumbers(""));
        }

        @Bean
        Catalog catalog() {
            return new Catalog(List.of(LOWER_BACK, HEAD), List.of(COUCH), List.of(flatBack()),
                List.of(new Condition("dvt", "Deep vein thrombosis", "What Deep vein thrombosis is.",
                    "Ask your doctor about Deep vein thrombosis.", false, List.of("A public source"))),
                List.of(),
                List.of(new RedFlag("chest-pain", "Chest pain", "Chest pain explained.", "Get help.", Urgency.EMERGENCY, List.of(), null,
                    List.of("A public source")),
                    new RedFlag("fever", "Fever", "Fever explained.", "Get help.", Urgency.URGENT, List.of(), null, List.of("A public source")),
                    new RedFlag("sudden-severe-headache", "A sudden, extremely painful headache", "The worst ever.", "Call 999.",
                        Urgency.EMERGENCY, List.of("head"), null, List.of("NHS, \"Headaches\""))),
                Map.of("flat-back-90-90", List.of("sciatica", "desk back")));
        }
    }
}
