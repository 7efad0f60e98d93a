package app.unknot.routine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.unknot.catalog.Catalog;
import app.unknot.catalog.CatalogLoader;
import app.unknot.catalog.Performer;
import app.unknot.catalog.Urgency;
import app.unknot.safety.Screening;
import app.unknot.system.NotFoundException;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.autoconfigure.context.MessageSourceAutoConfiguration;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.context.annotation.Import;

/** Saved routines come back exactly as they were built. */
@DataJpaTest
@Import({CatalogLoader.class, RoutineService.class, RoutineWriter.class, RoutineViewMapper.class})
@ImportAutoConfiguration(MessageSourceAutoConfiguration.class)
class RoutinePersistenceTests {

    @Autowired
    RoutineService routines;
    @Autowired
    Catalog catalog;
    @Autowired
    EntityManager entityManager;
    @Autowired
    RoutineRepository repository;

    static final RoutineRequest REQUEST = new RoutineRequest(List.of("lower-back", "glutes"), Set.of("foam-roller"), 20,
        Performer.PARTNER, new Screening(Set.of("blood-thinners"), Set.of(), Set.of(), 4, 2, false));

    @Test
    void aSavedRoutineReloadsWithItsRequestStepsAndExclusions() {
        RoutineView saved = routines.create(REQUEST, Locale.ENGLISH);
        entityManager.flush();
        entityManager.clear();

        RoutineEntity loaded = routines.find(saved.id());
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
        var request = new RoutineRequest(List.of("lower-back"), Set.of(), 15, Performer.SELF, new Screening(Set.of(), Set.of(),
            Set.of("fever", "chest-pain"), 3, 1, false));
        RoutineView saved = routines.create(request, Locale.ENGLISH);
        entityManager.flush();
        entityManager.clear();

        RoutineEntity loaded = routines.find(saved.id());
        assertThat(loaded.status()).isEqualTo(PlanStatus.STOP);
        assertThat(loaded.urgency()).isEqualTo(Urgency.EMERGENCY);
        assertThat(loaded.request().screening().redFlags()).containsExactlyInAnyOrder("fever", "chest-pain");
        assertThat(loaded.steps()).isEmpty();
    }

    @Test
    void aNewRoutineIsInsertedAsItIsAndALoadedOneIsNotNew() {
        var routine = new RoutineEntity("AAAAAAAAAAAAAAAAAAAAAB", Instant.EPOCH, REQUEST, new RoutineBuilder(catalog).build(REQUEST),
            condition -> condition, null);
        assertThat(routine.isNew()).isTrue();

        // A merge would read first and hand back a copy; a persist keeps this very object.
        assertThat(repository.save(routine)).isSameAs(routine);
        entityManager.flush();
        assertThat(routine.isNew()).isFalse();
        entityManager.clear();

        assertThat(routines.find(routine.getId()).isNew()).isFalse();
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
        assertThatThrownBy(() -> routines.find("AAAAAAAAAAAAAAAAAAAAAA")).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> routines.find("../../etc/passwd")).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> routines.find("x".repeat(5000))).isInstanceOf(NotFoundException.class);
    }

    private static int commonPrefix(String a, String b) {
        int i = 0;
        while (i < a.length() && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        return i;
    }
}
