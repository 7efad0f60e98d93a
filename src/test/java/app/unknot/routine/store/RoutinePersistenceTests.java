package app.unknot.routine.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.unknot.catalog.Catalog;
import app.unknot.catalog.store.CatalogLoader;
import app.unknot.catalog.Performer;
import app.unknot.catalog.Urgency;
import app.unknot.routine.PlanStatus;
import app.unknot.routine.RoutineService;
import app.unknot.routine.Versions;
import app.unknot.routine.RoutineView;
import app.unknot.routine.plan.RoutineBuilder;
import app.unknot.routine.plan.RoutinePlan;
import app.unknot.routine.plan.RoutineRequest;
import app.unknot.routine.plan.Step;
import app.unknot.safety.SafetyAnswers;
import app.unknot.system.NotFoundException;
import jakarta.persistence.EntityManager;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.autoconfigure.context.MessageSourceAutoConfiguration;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.context.annotation.Import;

/** Saved routines come back exactly as they were built. */
@DataJpaTest
@Import({CatalogLoader.class, RoutineService.class, Versions.class, RoutineWriter.class, RoutineViewMapper.class, ShownTechniques.class})
@ImportAutoConfiguration(MessageSourceAutoConfiguration.class)
class RoutinePersistenceTests {

    @Autowired
    RoutineService routines;
    @Autowired
    RoutineRepository repository;
    @Autowired
    Catalog catalog;
    @Autowired
    EntityManager entityManager;
    @Autowired
    RoutineWriter writer;
    @Autowired
    ShownTechniques techniques;

    static final RoutineRequest REQUEST = new RoutineRequest(List.of("lower-back", "glutes"), Set.of("foam-roller"), 20,
        Performer.PARTNER, new SafetyAnswers(Set.of("blood-thinners"), Set.of(), Set.of(), 4, 2, false));

    @Test
    void aSavedRoutineReloadsWithItsRequestStepsAndExclusions() {
        RoutineView saved = routines.create(REQUEST, Locale.ENGLISH);
        entityManager.flush();
        entityManager.clear();

        RoutineEntity loaded = repository.find(saved.id());
        RoutinePlan plan = new RoutineBuilder(catalog).build(REQUEST);

        assertThat(loaded.request()).isEqualTo(REQUEST);
        assertThat(loaded.status()).isEqualTo(PlanStatus.CAUTION);
        assertThat(loaded.steps()).extracting(StepEntity::techniqueSlug)
            .containsExactlyElementsOf(plan.steps().stream().map(step -> step.technique().slug()).toList());
        assertThat(loaded.steps()).extracting(StepEntity::seconds)
            .containsExactlyElementsOf(plan.steps().stream().map(Step::seconds).toList());
        assertThat(loaded.exclusions()).extracting(ExclusionEntity::techniqueSlug)
            .containsExactlyElementsOf(plan.excluded().stream().map(e -> e.technique().slug()).toList())
            .isNotEmpty();
        assertThat(loaded.advice()).containsExactlyElementsOf(plan.advice());
        assertThat(loaded.totalSeconds()).isEqualTo(plan.totalSeconds());
    }

    @Test
    void aStoppedRoutineKeepsItsUrgencyAndFlags() {
        var request = new RoutineRequest(List.of("lower-back"), Set.of(), 15, Performer.SELF, new SafetyAnswers(Set.of(), Set.of(),
            Set.of("fever", "chest-pain"), 3, 1, false));
        RoutineView saved = routines.create(request, Locale.ENGLISH);
        entityManager.flush();
        entityManager.clear();

        RoutineEntity loaded = repository.find(saved.id());
        assertThat(loaded.status()).isEqualTo(PlanStatus.STOP);
        assertThat(loaded.urgency()).isEqualTo(Urgency.EMERGENCY);
        assertThat(loaded.request().screening().redFlags()).containsExactlyInAnyOrder("fever", "chest-pain");
        assertThat(loaded.steps()).isEmpty();
    }

    @Test
    void routinesSavedTogetherAreAllSavedAndABadOneFailsAlone() throws Exception {
        RoutinePlan plan = new RoutineBuilder(catalog).build(REQUEST);
        String taken = "AAAAAAAAAAAAAAAAAAAAAC";
        writer.save(new RoutineEntity(taken, Instant.EPOCH, REQUEST, plan, condition -> condition, techniques::keep, null));
        List<String> ids = IntStream.range(0, 40).mapToObj(i -> "AAAAAAAAAAAAAAAAAAAB%02d".formatted(i)).toList();

        // Forty saves at once, one of them with an id already taken: the writer groups them.
        var pool = Executors.newFixedThreadPool(16);
        try {
            List<Future<?>> saves = new ArrayList<>();
            for (int i = 0; i < ids.size(); i++) {
                String id = i == 20 ? taken : ids.get(i);
                saves.add(pool.submit(() -> writer.save(new RoutineEntity(id, Instant.EPOCH, REQUEST, plan, c -> c, techniques::keep, null))));
            }
            for (int i = 0; i < saves.size(); i++) {
                var save = saves.get(i);
                if (i == 20) {
                    assertThatThrownBy(save::get).hasRootCauseInstanceOf(SQLException.class);
                }
                else {
                    save.get();
                }
            }
        }
        finally {
            pool.shutdown();
        }

        assertThat(ids.stream().filter(id -> !id.equals(ids.get(20))))
            .allSatisfy(id -> assertThat(repository.find(id).steps()).hasSameSizeAs(plan.steps()));
        assertThat(routines.exists(ids.get(20))).isFalse();
    }

    @Test
    void idsAreRandomUrlSafeAndUnrelated() {
        String first = routines.create(REQUEST, Locale.ENGLISH).id();
        String second = routines.create(REQUEST, Locale.ENGLISH).id();
        assertThat(first).matches("[A-Za-z0-9_-]{22}").isNotEqualTo(second);
        assertThat(commonPrefix(first, second)).isLessThan(6);
    }

    @Test
    void unknownOrMalformedIdsAreNotFound() {
        assertThatThrownBy(() -> repository.find("AAAAAAAAAAAAAAAAAAAAAA")).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> repository.find("../../etc/passwd")).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> repository.find("x".repeat(5000))).isInstanceOf(NotFoundException.class);
    }

    private static int commonPrefix(String a, String b) {
        int i = 0;
        while (i < a.length() && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        return i;
    }
}
