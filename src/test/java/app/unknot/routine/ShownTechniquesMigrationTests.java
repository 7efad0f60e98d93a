package app.unknot.routine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jdbc.test.autoconfigure.JdbcTest;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.BadSqlGrammarException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * V11 ({@code db.migration.V11__shown_techniques}) on a database with routines saved before it: each
 * technique a step carried goes into {@code shown_technique} once, and the steps name it by its
 * digest. Run in a schema of its own, on whichever database the tests use (H2, and PostgreSQL in CI).
 */
@JdbcTest(properties = "spring.flyway.enabled=false")
@Transactional(propagation = Propagation.NOT_SUPPORTED)
class ShownTechniquesMigrationTests {

    private static final String SCHEMA = "migration_v11";
    private static final String EFFLEURAGE = "{\"slug\":\"effleurage\",\"name\":\"Effleurage\"}";
    private static final String CALF_STRETCH = "{\"slug\":\"calf-stretch\",\"name\":\"Calf stretch\"}";

    @Autowired
    DataSource pool;

    /** One connection for old and new migrations alike: see CatalogUpgradeTests for H2's reason. */
    SingleConnectionDataSource dataSource;

    JdbcClient jdbc;

    /**
     * The migrations up to V10 as the app had them then (frozen in db/main-before-content-files): today's
     * would also run the repeatable catalog content, which needs today's schema.
     */
    private Flyway beforeV11() {
        return Flyway.configure().dataSource(dataSource).schemas(SCHEMA).locations("classpath:db/main-before-content-files")
            .cleanDisabled(false).load();
    }

    /** Today's migrations; V2, V6 and V10 were emptied since, which CatalogUpgradeTests covers, so no checksum check here. */
    private Flyway latest() {
        return Flyway.configure().dataSource(dataSource).schemas(SCHEMA).validateOnMigrate(false).load();
    }

    private static String table(String name) {
        return "\"" + SCHEMA + "\"." + name;
    }

    @AfterEach
    void closeIt() {
        dataSource.destroy();
    }

    @BeforeEach
    void routinesSavedBeforeV11() throws SQLException {
        dataSource = new SingleConnectionDataSource(pool.getConnection(), true);
        Flyway before = beforeV11();
        before.clean();
        before.migrate();
        jdbc = JdbcClient.create(dataSource);
        jdbc.sql("insert into " + table("routine") + " (id, created_at, areas, tools, minutes, performer, conditions,"
                + " affected_areas, red_flags, pain_level, pain_weeks, cancer_cleared, status, advice)"
                + " values ('r1', current_timestamp, 'lower-back', '', 10, 'self', '', '', '', 2, 1, false, 'ok', '')")
            .update();
        List<String> techniques = Arrays.asList(EFFLEURAGE, CALF_STRETCH, EFFLEURAGE, null);
        for (int position = 1; position <= techniques.size(); position++) {
            jdbc.sql("insert into " + table("routine_step") + " (routine_id, position, phase, technique_slug, performer,"
                    + " seconds, reason, areas, technique) values ('r1', :position, 'massage', 'effleurage', 'self', 60,"
                    + " 'requested', 'lower-back', :technique)")
                .param("position", position).param("technique", techniques.get(position - 1)).update();
        }
    }

    @Test
    void eachTechniqueIsStoredOnceAndStepsNameItByItsDigest() {
        latest().migrate();

        Map<String, String> shown = jdbc.sql("select digest, technique from " + table("shown_technique"))
            .query((row, n) -> Map.entry(row.getString(1), row.getString(2))).list().stream()
            .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        assertThat(shown).containsOnly(Map.entry(sha256(EFFLEURAGE), EFFLEURAGE), Map.entry(sha256(CALF_STRETCH), CALF_STRETCH));
        List<String> steps = jdbc.sql("select technique_digest from " + table("routine_step") + " order by position")
            .query(String.class).list();
        assertThat(steps).containsExactly(sha256(EFFLEURAGE), sha256(CALF_STRETCH), sha256(EFFLEURAGE), null);
    }

    @Test
    void theCopiesAreGoneAndAStepCannotNameATechniqueNotStored() {
        latest().migrate();

        assertThatThrownBy(() -> jdbc.sql("select technique from " + table("routine_step")).query().listOfRows())
            .isInstanceOf(BadSqlGrammarException.class);
        assertThatThrownBy(() -> jdbc.sql("update " + table("routine_step") + " set technique_digest = 'none'").update())
            .isInstanceOf(DataIntegrityViolationException.class);
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        }
        catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException(ex);
        }
    }
}
