package app.unknot.routine.store;

import app.unknot.catalog.Catalog;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Steps saved before routines kept their techniques (V5) name the technique by slug only. Once, at
 * start-up and before the server takes requests, each gets the technique the catalog holds for it.
 * That is the one it showed when the database comes from before V5 and V6 in one go only in wording:
 * V6 rewrote instruction lines to drop stated times, never a technique's safety facts. Afterwards
 * every step has one.
 */
@Component
class RoutineSnapshotBackfill implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(RoutineSnapshotBackfill.class);

    private final JdbcClient jdbc;
    private final Catalog catalog;
    private final ShownTechniques techniques;
    private final TransactionTemplate transactions;

    RoutineSnapshotBackfill(JdbcClient jdbc, Catalog catalog, ShownTechniques techniques,
                            PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.catalog = catalog;
        this.techniques = techniques;
        this.transactions = new TransactionTemplate(transactions);
    }

    private record Unfilled(String routineId, int position, String techniqueSlug) {
    }

    @Override
    public void afterSingletonsInstantiated() {
        int filled = transactions.execute(status -> {
            List<Unfilled> steps = jdbc.sql("select routine_id, position, technique_slug from routine_step where technique_digest is null")
                .query(Unfilled.class).list();
            steps.forEach(step -> jdbc.sql("update routine_step set technique_digest = :digest where routine_id = :id and position = :position")
                .param("digest", techniques.keep(catalog.technique(step.techniqueSlug())))
                .param("id", step.routineId()).param("position", step.position()).update());
            return steps.size();
        });
        if (filled > 0) {
            log.info("Kept the technique with {} steps saved before routines kept them", filled);
        }
    }
}
