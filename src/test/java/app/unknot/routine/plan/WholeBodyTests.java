package app.unknot.routine.plan;

import static org.assertj.core.api.Assertions.assertThat;

import app.unknot.catalog.Catalog;
import app.unknot.catalog.Performer;
import app.unknot.catalog.Technique;
import app.unknot.catalog.TechniqueKind;
import app.unknot.catalog.store.CatalogLoader;
import app.unknot.safety.SafetyAnswers;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.context.annotation.Import;

/**
 * The whole body is a real offer: enough techniques, every area with a massage among at least three,
 * and a quarter of an hour on any one area, with nothing but hands, is a routine of at least three
 * steps that fills at least ten minutes.
 */
@DataJpaTest
@Import(CatalogLoader.class)
class WholeBodyTests {

    @Autowired
    Catalog catalog;

    @Test
    void theCatalogHoldsAtLeastEightyTechniques() {
        assertThat(catalog.techniques()).hasSizeGreaterThanOrEqualTo(80);
    }

    @Test
    void everyAreaHasAtLeastThreeTechniquesAndAMassage() {
        assertThat(catalog.areas()).allSatisfy(area -> {
            List<Technique> working = catalog.techniques().stream().filter(technique -> technique.works(area.slug())).toList();
            assertThat(working).as(area.slug()).hasSizeGreaterThanOrEqualTo(3);
            assertThat(working).as(area.slug()).anyMatch(technique -> technique.kind() == TechniqueKind.MASSAGE);
        });
    }

    /** As a back massage comes with a back stretch, a forearm massage comes with a wrist stretch. */
    @Test
    void aForearmMassageIsPairedWithAWristStretch() {
        RoutinePlan routine = new RoutineBuilder(catalog).build(new RoutineRequest(List.of("forearms"), Set.of(), 15, Performer.SELF,
            new SafetyAnswers(Set.of(), Set.of(), Set.of(), 2, 1, false)));
        assertThat(routine.steps()).extracting(step -> step.technique().slug()).contains("forearm-self-massage");
        assertThat(routine.steps()).filteredOn(step -> step.reason() == StepReason.STRETCH_PAIRED)
            .extracting(step -> step.technique().slug()).first().asString().startsWith("wrist-");
    }

    @Test
    void aQuarterOfAnHourOnAnyOneAreaWithOnlyHandsIsThreeStepsAndTenMinutes() {
        var builder = new RoutineBuilder(catalog);
        // Every area short of the bar at once, each as "area: steps, seconds".
        List<String> shortOfIt = catalog.areas().stream().map(area -> {
            RoutinePlan routine = builder.build(new RoutineRequest(List.of(area.slug()), Set.of(), 15, Performer.SELF,
                new SafetyAnswers(Set.of(), Set.of(), Set.of(), 2, 1, false)));
            int seconds = routine.steps().stream().mapToInt(Step::seconds).sum();
            return routine.steps().size() >= 3 && seconds >= 600 ? null : area.slug() + ": " + routine.steps().size() + " steps, " + seconds + " s";
        }).filter(java.util.Objects::nonNull).toList();
        assertThat(shortOfIt).isEmpty();
    }
}
