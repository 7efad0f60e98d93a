package app.unknot.catalog.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import db.migration.V11__shown_techniques;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jdbc.test.autoconfigure.JdbcTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * A database the app made before its content moved to files (V1 to V11 as they were then, frozen in
 * src/test/resources/db/main-before-content-files), with routines, a therapist's version and
 * sessions, upgraded by today's migrations: nothing of the person's is lost or changed, and the
 * catalog ends holding exactly what the files say, even where the old database held something else.
 * Run in a schema of its own, on whichever database the tests use (H2, and PostgreSQL in CI).
 */
@JdbcTest(properties = "spring.flyway.enabled=false")
@Transactional(propagation = Propagation.NOT_SUPPORTED)
class CatalogUpgradeTests {

    private static final String SCHEMA = "upgrade_from_main";
    /** How a table of the schema is named in a query. */
    private static final String IN = "\"" + SCHEMA + "\".";
    private static final List<String> THE_PERSONS = List.of(
        "select * from routine order by id",
        "select * from routine_step order by routine_id, position",
        "select * from routine_exclusion order by routine_id, position",
        "select * from routine_session order by id",
        "select * from shown_technique order by digest");

    @Autowired
    DataSource pool;

    /**
     * One connection for the whole test, old migrations and new alike: H2 checks a constraint with the
     * session that created it and fails once that is closed, which a restart of the app mends but a
     * second migration in the same JVM does not.
     */
    SingleConnectionDataSource dataSource;

    JdbcClient jdbc;

    @BeforeEach
    void emptySchema() throws SQLException {
        dataSource = new SingleConnectionDataSource(pool.getConnection(), true);
        Flyway.configure().dataSource(dataSource).schemas(SCHEMA).cleanDisabled(false).load().clean();
        jdbc = JdbcClient.create(dataSource);
    }

    @AfterEach
    void closeIt() {
        dataSource.destroy();
    }

    /** Today's migrations, with the test's own that the database already ran. */
    private Flyway today() {
        return Flyway.configure().dataSource(dataSource).schemas(SCHEMA).callbacks(new EmptiedMigrations())
            .javaMigrations(new V11_1__what_the_files_no_longer_say()).load();
    }

    /** As the app made it, holding what the files no longer say: an instruction reworded since, a technique since removed. */
    private void asMainMadeIt() {
        Flyway.configure().dataSource(dataSource).schemas(SCHEMA).locations("classpath:db/main-before-content-files")
            .javaMigrations(new V11__shown_techniques(), new V11_1__what_the_files_no_longer_say()).load().migrate();
    }

    /** What the app's own migrations might have left in the catalog that the files do not say. */
    static class V11_1__what_the_files_no_longer_say extends BaseJavaMigration {

        @Override
        public void migrate(Context context) throws SQLException {
            try (Statement statement = context.getConnection().createStatement()) {
                statement.execute("update technique_instruction set text = 'Old words.' where position = 1"
                    + " and technique_id = (select id from technique where slug = 'cat-cow')");
                statement.execute("insert into technique (slug, name, kind, performer, posture, pressure, seconds, sides, summary,"
                    + " longest_seconds) values ('retired-stretch', 'Retired', 'stretch', 'self', 'standing', 'light', 60, 1, 'Gone.', 60)");
                statement.execute("insert into technique_phase (technique_id, phase) select id, 'stretch' from technique"
                    + " where slug = 'retired-stretch'");
                statement.execute("insert into technique_keyword (technique_id, phrase) select id, 'old' from technique"
                    + " where slug = 'retired-stretch'");
            }
        }
    }

    @Test
    void anUpgradeKeepsEveryRoutineVersionAndSessionAndEndsWithTheFilesContent() {
        asMainMadeIt();
        routinesVersionsAndSessions();
        List<List<Map<String, Object>>> before = persons();

        today().migrate();

        List<List<Map<String, Object>>> after = persons();
        // A routine now remembers the warning signs it asked: until now, the ten every routine was asked.
        assertThat(after.get(0)).extracting(routine -> routine.remove("SIGNS_ASKED")).containsOnly(
            "bladder-bowel-change,calf-swelling,cancer-history-new-pain,chest-pain,fever,leg-weakness,major-trauma,night-pain,"
                + "saddle-numbness,weight-loss");
        // And the language of its handout: none chosen until now, so each reader's own.
        assertThat(after.get(0)).extracting(routine -> routine.remove("HANDOUT_LANGUAGE")).containsOnlyNulls();
        // A session sent before had no device id, and was taken in when it was logged.
        assertThat(after.get(3)).extracting(session -> session.remove("CLIENT_ID")).containsOnlyNulls();
        assertThat(after.get(3)).allSatisfy(session -> assertThat(session.remove("RECEIVED_AT")).isEqualTo(session.get("LOGGED_AT")));
        assertThat(after).isEqualTo(before);
        assertThat(catalog()).isEqualTo(files());
    }

    @Test
    void aNewDatabaseHoldsTheFilesContent() {
        Flyway.configure().dataSource(dataSource).schemas(SCHEMA).load().migrate();

        assertThat(catalog()).isEqualTo(files());
        assertThat(jdbc.sql("select count(*) from " + IN + "technique").query(Integer.class).single())
            .isEqualTo(ContentFiles.in(ContentFiles.FOLDER).read().techniques().size());
    }

    @Test
    void anUpgradeOnlyAcceptsTheChecksumsTheEmptiedMigrationsHad() {
        asMainMadeIt();
        jdbc.sql("update " + IN + "\"flyway_schema_history\" set \"checksum\" = 42 where \"version\" = '6'").update();

        assertThatThrownBy(() -> today().migrate()).isInstanceOf(FlywayException.class).hasMessageContaining("checksum");
    }

    /** A routine, a therapist's version of it, its steps, exclusions and sessions, as the old app saved them. */
    private void routinesVersionsAndSessions() {
        sql("insert into shown_technique (digest, technique) values ('d1', '{\"slug\":\"cat-cow\",\"name\":\"Cat-cow\"}')");
        for (String id : List.of("first", "version")) {
            sql("insert into routine (id, created_at, areas, tools, minutes, performer, conditions, affected_areas, red_flags,"
                + " pain_level, pain_weeks, cancer_cleared, status, advice, adjusted_from, notes)"
                + " values ('" + id + "', timestamp '2026-12-01 10:00:00', 'lower-back', '', 15, 'self', 'pregnancy', '', '',"
                + " 3, 2, false, 'ok', 'move-regularly', " + (id.equals("first") ? "null" : "'first'") + ", 'Slowly.')");
            sql("insert into routine_step (routine_id, position, phase, technique_slug, performer, seconds, reason, areas,"
                + " technique_digest) values ('" + id + "', 1, 'stretch', 'cat-cow', 'self', 90, 'requested', 'lower-back', 'd1')");
            sql("insert into routine_exclusion (routine_id, position, technique_slug, rule, reason, until_cleared, technique_name,"
                + " rule_name) values ('" + id + "', 1, 'supine-twist', 'pregnancy', 'Not flat on the back.', false,"
                + " 'Supine twist', 'Pregnancy')");
        }
        sql("insert into routine_session (id, routine_id, logged_at, pain_before, pain_after, hurt, note)"
            + " values ('s1', 'first', timestamp '2026-12-02 08:00:00', 5, 3, 'cat-cow', 'Better.')");
    }

    private List<List<Map<String, Object>>> persons() {
        return THE_PERSONS.stream().map(query -> jdbc.sql(query.replace(" from ", " from " + IN)).query().listOfRows())
            .toList();
    }

    /** The catalog's tables, one line per fact, in a canonical order. */
    private List<String> catalog() {
        String t = IN;
        var lines = new ArrayList<String>();
        lines.addAll(jdbc.sql("select slug, name, description from " + t + "body_area order by position")
            .query((row, n) -> "area " + row.getString(1) + " | " + row.getString(2) + " | " + row.getString(3)).list());
        lines.addAll(jdbc.sql("select slug, always_available, name, description from " + t + "tool order by position")
            .query((row, n) -> "tool " + row.getString(1) + " " + row.getBoolean(2) + " | " + row.getString(3) + " | "
                + row.getString(4)).list());
        lines.addAll(jdbc.sql("select slug, position, kind, performer, posture, pressure, seconds, longest_seconds, sides, movement,"
                + " name, summary from " + t + "technique order by slug")
            .query((row, n) -> "technique " + row.getString(1) + " " + row.getInt(2) + " " + row.getString(3) + " "
                + row.getString(4) + " " + row.getString(5) + " " + row.getString(6) + " " + row.getInt(7) + " " + row.getInt(8)
                + " " + row.getInt(9) + " " + row.getString(10) + " | " + row.getString(11) + " | " + row.getString(12)).list());
        lines.addAll(jdbc.sql("select t.slug, p.phase from " + t + "technique_phase p join " + t + "technique t on t.id = p.technique_id"
            + " order by t.slug, p.phase").query((row, n) -> "phase " + row.getString(1) + " " + row.getString(2)).list());
        lines.addAll(jdbc.sql("select t.slug, a.slug from " + t + "technique_area x join " + t + "technique t on t.id = x.technique_id"
            + " join " + t + "body_area a on a.id = x.body_area_id order by t.slug, a.slug")
            .query((row, n) -> "works " + row.getString(1) + " " + row.getString(2)).list());
        lines.addAll(jdbc.sql("select t.slug, o.slug from " + t + "technique_tool x join " + t + "technique t on t.id = x.technique_id"
            + " join " + t + "tool o on o.id = x.tool_id order by t.slug, o.slug")
            .query((row, n) -> "uses " + row.getString(1) + " " + row.getString(2)).list());
        lines.addAll(jdbc.sql("select t.slug, i.position, i.only_area, i.only_tool, i.text from " + t + "technique_instruction i join "
                + t + "technique t on t.id = i.technique_id order by t.slug, i.position")
            .query((row, n) -> "line " + row.getString(1) + " " + row.getInt(2) + " " + row.getString(3) + " " + row.getString(4)
                + " | " + row.getString(5)).list());
        lines.addAll(jdbc.sql("select t.slug, c.position, c.text from " + t + "technique_caution c join " + t + "technique t"
                + " on t.id = c.technique_id order by t.slug, c.position")
            .query((row, n) -> "caution " + row.getString(1) + " " + row.getInt(2) + " | " + row.getString(3)).list());
        lines.addAll(jdbc.sql("select t.slug, k.phrase from " + t + "technique_keyword k join " + t + "technique t"
                + " on t.id = k.technique_id order by t.slug, k.phrase")
            .query((row, n) -> "keyword " + row.getString(1) + " " + row.getString(2)).list());
        lines.addAll(jdbc.sql("select slug, local, name, summary, advice from " + t + "health_condition order by position")
            .query((row, n) -> "condition " + row.getString(1) + " " + row.getBoolean(2) + " | " + row.getString(3) + " | "
                + row.getString(4) + " | " + row.getString(5)).list());
        lines.addAll(jdbc.sql("select c.slug, r.technique_kind, r.area_scope, o.slug, r.posture, r.movement, r.max_pressure,"
                + " r.waived_by_clearance, r.reason, (select count(*) from " + t + "condition_restriction_area x where x.restriction_id = r.id)"
                + " from " + t + "condition_restriction r join " + t + "health_condition c on c.id = r.condition_id left join " + t
                + "tool o on o.id = r.tool_id order by c.position, r.id")
            .query((row, n) -> "restriction " + row.getString(1) + " " + row.getString(2) + " " + row.getString(3) + " "
                + row.getString(4) + " " + row.getString(5) + " " + row.getString(6) + " " + row.getString(7) + " "
                + row.getBoolean(8) + " " + row.getInt(10) + " | " + row.getString(9)).list());
        lines.addAll(jdbc.sql("select slug, urgency, name, description from " + t + "red_flag order by position")
            .query((row, n) -> "red flag " + row.getString(1) + " " + row.getString(2) + " | " + row.getString(3) + " | "
                + row.getString(4)).list());
        return lines;
    }

    /** The same lines, as the content files say them. */
    private static List<String> files() {
        Content content = ContentFiles.in(ContentFiles.FOLDER).read();
        var lines = new ArrayList<String>();
        content.areas().forEach(a -> lines.add("area " + a.slug() + " | " + a.en().name() + " | " + a.en().description()));
        content.tools().forEach(o -> lines.add("tool " + o.slug() + " " + o.alwaysAvailable() + " | " + o.en().name() + " | "
            + o.en().description()));
        List<Content.Technique> techniques = content.techniques().stream()
            .sorted(java.util.Comparator.comparing(Content.Technique::slug)).toList();
        techniques.forEach(x -> lines.add("technique " + x.slug() + " " + x.position() + " " + x.kind().slug() + " "
            + x.performer().slug() + " " + x.posture().slug() + " " + x.pressure().slug() + " " + x.seconds() + " "
            + x.longestSeconds() + " " + x.sides() + " " + (x.movement() == null ? null : x.movement().slug()) + " | "
            + x.en().name() + " | " + x.en().summary()));
        techniques.forEach(x -> x.phases().stream().map(p -> p.slug()).sorted()
            .forEach(p -> lines.add("phase " + x.slug() + " " + p)));
        techniques.forEach(x -> x.areas().stream().sorted().forEach(a -> lines.add("works " + x.slug() + " " + a)));
        techniques.forEach(x -> x.tools().stream().sorted().forEach(o -> lines.add("uses " + x.slug() + " " + o)));
        techniques.forEach(x -> {
            for (int i = 0; i < x.en().instructions().size(); i++) {
                Content.Line line = x.en().instructions().get(i);
                lines.add("line " + x.slug() + " " + (i + 1) + " " + line.onlyArea() + " " + line.onlyTool() + " | " + line.text());
            }
        });
        techniques.forEach(x -> {
            for (int i = 0; i < x.en().cautions().size(); i++) {
                lines.add("caution " + x.slug() + " " + (i + 1) + " | " + x.en().cautions().get(i));
            }
        });
        techniques.forEach(x -> x.en().keywords().stream().sorted().forEach(k -> lines.add("keyword " + x.slug() + " " + k)));
        content.conditions().forEach(c -> lines.add("condition " + c.slug() + " " + c.local() + " | " + c.en().name() + " | "
            + c.en().summary() + " | " + c.en().advice()));
        content.conditions().forEach(c -> c.restrictions().forEach(r -> lines.add("restriction " + c.slug() + " "
            + (r.kind() == null ? null : r.kind().slug()) + " " + r.scope().slug() + " " + r.tool() + " "
            + (r.posture() == null ? null : r.posture().slug()) + " " + (r.movement() == null ? null : r.movement().slug()) + " "
            + (r.maxPressure() == null ? null : r.maxPressure().slug()) + " " + r.waivedByClearance() + " " + r.areas().size()
            + " | " + r.en().reason())));
        content.redFlags().forEach(f -> lines.add("red flag " + f.slug() + " " + f.urgency().slug() + " | " + f.en().name() + " | "
            + f.en().description()));
        return lines;
    }

    /** A statement on the schema's tables, named without it. */
    private void sql(String statement) {
        jdbc.sql(statement.replaceAll("\\b(into|update|from) ([a-z_]+)\\b", "$1 " + IN.replace("\"", "\\\"") + "$2")).update();
    }
}
