package app.unknot.routine.web;

import app.unknot.catalog.picture.TechniquePictures;
import app.unknot.catalog.Catalog;
import app.unknot.catalog.Catalogs;
import app.unknot.catalog.TechniqueSafety;
import app.unknot.catalog.CatalogFixture;
import app.unknot.catalog.RedFlag;
import app.unknot.catalog.Urgency;
import app.unknot.routine.RoutineService;
import app.unknot.catalog.EmergencyNumbers;
import app.unknot.routine.Versions;
import java.util.List;
import java.util.Map;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/**
 * Shared set-up for the routine's web slice tests: a tiny real {@link Catalog}, so the form and the
 * API really check answers against it, and stand-ins for the services that build and save and for the
 * safety rules.
 */
@Import({RoutineSliceTest.TinyCatalog.class, TechniquePictures.class, SafetyQuestions.InLanguages.class})
abstract class RoutineSliceTest {

    @MockitoBean
    RoutineService routines;

    @MockitoBean
    Versions versions;

    @MockitoBean
    TechniqueSafety safety;

    @TestConfiguration(proxyBeanMethods = false)
    static class TinyCatalog {

        /** English only: the translations are the real catalog's, tested with it. */
        @Bean
        EmergencyNumbers emergencyNumbers() {
            return new EmergencyNumbers("");
        }

        @Bean
        Catalogs catalogs(Catalog catalog, EmergencyNumbers numbers) {
            return new Catalogs(catalog, List.of(), numbers);
        }

        /** The lower back only, a foam roller, a local and a general condition, an emergency and an urgent flag. */
        @Bean
        Catalog catalog() {
            return new Catalog(List.of(CatalogFixture.area("lower-back")),
                List.of(CatalogFixture.tool("hands"), CatalogFixture.tool("foam-roller")), List.of(),
                List.of(CatalogFixture.condition("fracture"), CatalogFixture.condition("blood-thinners")), List.of(),
                List.of(new RedFlag("saddle-numbness", "Numbness around the genitals or buttocks", "About it.", "Get help.",
                        Urgency.EMERGENCY, List.of(), null, List.of("A public source")),
                    new RedFlag("fever", "Back pain with a high temperature", "About it.", "Get help.", Urgency.URGENT, List.of(),
                        null, List.of("A public source"))), Map.of());
        }
    }
}
