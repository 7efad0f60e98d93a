package app.unknot.routine.store;

import static org.assertj.core.api.Assertions.assertThat;

import app.unknot.catalog.Catalog;
import app.unknot.catalog.Catalogs;
import app.unknot.catalog.store.CatalogLoader;
import app.unknot.catalog.Performer;
import app.unknot.catalog.Posture;
import app.unknot.routine.RoutineService;
import app.unknot.routine.Versions;
import app.unknot.routine.RoutineView;
import app.unknot.routine.StepView;
import app.unknot.routine.plan.RoutineRequest;
import app.unknot.safety.SafetyAnswers;
import jakarta.persistence.EntityManager;
import app.unknot.catalog.EmergencyNumbers;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.autoconfigure.context.MessageSourceAutoConfiguration;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * A saved routine reads the same after a content migration, and a safety rule added since still
 * reaches it: the catalog is changed here as a migration would change it, then read again.
 */
@DataJpaTest
@Import({CatalogLoader.class, RoutineService.class, Versions.class, RoutineWriter.class, RoutineViewMapper.class, RoutineSnapshotBackfill.class,
    ShownTechniques.class})
@ImportAutoConfiguration(MessageSourceAutoConfiguration.class)
class RoutineKeptAsBuiltTests {

    static final RoutineRequest PARTNER_LOWER_BACK = new RoutineRequest(List.of("lower-back", "glutes"), Set.of(), 15,
        Performer.PARTNER, new SafetyAnswers(Set.of("blood-thinners"), Set.of(), Set.of(), 3, 1, false));

    @Autowired
    RoutineService routines;
    @Autowired
    RoutineRepository repository;
    @Autowired
    CatalogLoader loader;
    @Autowired
    EntityManager entities;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    MessageSource messages;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ShownTechniques techniques;

    RoutineView built;

    @BeforeEach
    void saveARoutine() {
        built = routines.create(PARTNER_LOWER_BACK, Locale.ENGLISH);
        entities.flush();
        entities.clear();
    }

    /**
     * The routine as it reads once the catalog was changed by the given SQL and loaded anew, its
     * techniques read from the database, not from what the running app remembers.
     */
    private RoutineView afterMigration(String... statements) {
        dropInListChecksOnH2();
        for (String statement : statements) {
            jdbc.sql(statement).update();
        }
        Catalog today = loader.catalog(entities, transactions);
        var fromTheDatabase = new ShownTechniques(jdbc, transactions);
        return new RoutineViewMapper(today, new Catalogs(today, List.of(), new EmergencyNumbers("")), messages, fromTheDatabase)
            .toView(repository.find(built.id()), Locale.ENGLISH);
    }

    /**
     * H2 2.4 can no longer evaluate a {@code check (x in (...))} once the session that created it has
     * closed (here: Flyway's), so writing those catalog tables again in the same database fails. A
     * real content migration runs when the database opens, where they work; PostgreSQL keeps them.
     */
    private void dropInListChecksOnH2() {
        List<String[]> checks = jdbc.sql("""
                select c.table_name, c.constraint_name from information_schema.table_constraints c
                where c.constraint_type = 'CHECK' and c.table_name in ('TECHNIQUE', 'CONDITION_RESTRICTION')""")
            .query((row, n) -> new String[] {row.getString(1), row.getString(2)}).list();
        checks.forEach(check -> jdbc.sql("alter table " + check[0] + " drop constraint " + check[1]).update());
    }

    @Test
    void aRenamedTechniqueKeepsItsOldNameAndTheRoutineStillOpens() {
        StepView first = built.steps().get(0);

        RoutineView shown = afterMigration("update technique set slug = 'stroking', name = 'Stroking' where slug = '"
            + first.technique().slug() + "'");

        assertThat(shown.steps()).hasSameSizeAs(built.steps());
        assertThat(shown.steps().get(0).technique()).isEqualTo(first.technique());
        assertThat(shown.steps().get(0).technique().name()).isNotEqualTo("Stroking");
    }

    @Test
    void aChangedInstructionLeavesTheSavedOneAsItWas() {
        StepView first = built.steps().get(0);

        RoutineView shown = afterMigration("update technique_instruction set text = 'Something else entirely.' "
            + "where position = 1 and technique_id = (select id from technique where slug = '" + first.technique().slug() + "')");

        assertThat(shown.steps().get(0).technique().instructionTexts()).isEqualTo(first.technique().instructionTexts())
            .doesNotContain("Something else entirely.");
        assertThat(shown).isEqualTo(built);
    }

    @Test
    void aRuleAddedSinceLeavesOutTheStepsItMatchesAndSaysSo() {
        RoutineView shown = afterMigration("""
            insert into condition_restriction (condition_id, area_scope, waived_by_clearance, reason, posture)
                select c.id, 'any', false, 'New: nothing lying face down with blood thinners.', 'lying-on-front'
                from health_condition c where c.slug = 'blood-thinners'""");

        List<StepView> faceDown = shown.steps().stream()
            .filter(step -> step.technique().posture() == Posture.LYING_ON_FRONT).toList();
        assertThat(faceDown).as("the partner routine has face-down massage").isNotEmpty();
        assertThat(faceDown).allSatisfy(step -> {
            assertThat(step.followed()).isFalse();
            assertThat(step.leaveOut().rule()).isEqualTo("blood-thinners");
            assertThat(step.leaveOut().reason()).isEqualTo("New: nothing lying face down with blood thinners.");
        });
        assertThat(shown.leaveOut()).containsExactlyElementsOf(faceDown.stream().map(StepView::order).toList());
        assertThat(shown.steps()).filteredOn(StepView::followed).isNotEmpty()
            .allSatisfy(step -> assertThat(step.technique().posture()).isNotEqualTo(Posture.LYING_ON_FRONT));
        assertThat(built.leaveOut()).as("before the new rule").isEmpty();
    }

    @Test
    void aStepSavedBeforeRoutinesKeptTheirTechniquesIsFilledInFromTheCatalog() {
        jdbc.sql("update routine_step set technique_digest = null where routine_id = :id").param("id", built.id()).update();

        Catalog catalog = loader.catalog(entities, transactions);
        new RoutineSnapshotBackfill(jdbc, catalog, techniques, transactions).afterSingletonsInstantiated();

        entities.clear();
        RoutineView filled = routines.view(built.id(), Locale.ENGLISH);
        assertThat(filled.steps()).extracting(StepView::technique)
            .containsExactlyElementsOf(built.steps().stream().map(step -> catalog.technique(step.technique().slug())).toList());
        assertThat(filled.steps()).extracting(StepView::seconds).isEqualTo(built.steps().stream().map(StepView::seconds).toList());
    }

    @Test
    void aStepListsEveryAreaItsTechniqueWorksTheRequestedOnesFirst() {
        assertThat(built.steps()).allSatisfy(step -> {
            assertThat(step.areas()).containsExactlyInAnyOrderElementsOf(step.technique().areaSlugs());
            List<String> requested = step.areas().stream().filter(PARTNER_LOWER_BACK.areas()::contains).toList();
            assertThat(step.areas().subList(0, requested.size())).containsExactlyElementsOf(requested);
        });
        assertThat(built.steps()).anySatisfy(step -> assertThat(step.areas()).hasSizeGreaterThan(
            (int) step.areas().stream().filter(PARTNER_LOWER_BACK.areas()::contains).count()));
    }
}
