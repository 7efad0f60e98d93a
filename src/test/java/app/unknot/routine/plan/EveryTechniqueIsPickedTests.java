package app.unknot.routine.plan;

import static org.assertj.core.api.Assertions.assertThat;

import app.unknot.catalog.Catalog;
import app.unknot.catalog.CatalogFixture;
import app.unknot.catalog.store.CatalogLoader;
import app.unknot.catalog.Performer;
import app.unknot.catalog.Phase;
import app.unknot.catalog.Technique;
import app.unknot.catalog.Tool;
import app.unknot.safety.SafetyAnswers;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.context.annotation.Import;

/**
 * Part of the content check: a technique that no routine can ever pick (a warm-up an earlier one
 * always beats, phases the builder never fills for its areas) is dead weight in the catalog and a
 * promise its page cannot keep. Each technique is looked for in the routines for each area it works, on your
 * own and with a partner, with every tool, for short and long routines.
 */
@DataJpaTest
@Import(CatalogLoader.class)
class EveryTechniqueIsPickedTests {

    private static final List<Integer> MINUTES = List.of(10, 15, 30, 60);

    @Autowired
    Catalog catalog;

    @Test
    void everyTechniqueOfTheRealCatalogIsInSomeRoutine() {
        assertThat(neverPicked(catalog)).isEmpty();
    }

    @Test
    void aWarmUpThatAnEarlierOneAlwaysBeatsIsFound() {
        Technique second = CatalogFixture.massage("second-head-warm-up").by(Performer.ANY).seconds(60).phases(Phase.WARM_UP)
            .areas("head").build();
        var techniques = new ArrayList<>(CatalogFixture.TECHNIQUES);
        techniques.add(second);
        assertThat(neverPicked(CatalogFixture.catalog(techniques, CatalogFixture.RESTRICTIONS))).containsExactly("second-head-warm-up");
    }

    static List<String> neverPicked(Catalog catalog) {
        var builder = new RoutineBuilder(catalog);
        Set<String> tools = catalog.tools().stream().map(Tool::slug).collect(Collectors.toSet());
        Set<String> picked = new HashSet<>();
        for (var area : catalog.areas()) {
            for (Performer performer : List.of(Performer.SELF, Performer.PARTNER)) {
                for (int minutes : MINUTES) {
                    var request = new RoutineRequest(List.of(area.slug()), tools, minutes, performer,
                        new SafetyAnswers(Set.of(), Set.of(), Set.of(), 2, 1, false));
                    builder.build(request).steps().forEach(step -> picked.add(step.technique().slug()));
                }
            }
        }
        return catalog.techniques().stream().map(Technique::slug).filter(slug -> !picked.contains(slug)).toList();
    }
}
