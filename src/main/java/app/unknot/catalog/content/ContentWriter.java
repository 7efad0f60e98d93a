package app.unknot.catalog.content;

import app.unknot.catalog.Slugged;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Makes the catalog's tables hold exactly the content: what hangs off a row (a technique's phases,
 * areas, tools, lines, cautions and keywords; a condition's restrictions) is written afresh, the rows
 * themselves are updated by slug, added, or removed. Ids stay with their slugs, and slugs are
 * all that anything outside the catalog stores.
 */
final class ContentWriter {

    private static final List<String> HANGING_OFF = List.of("technique_phase", "technique_area", "technique_tool",
        "technique_instruction", "technique_caution", "technique_keyword", "condition_restriction_area",
        "condition_restriction", "condition_source", "red_flag_area", "red_flag_source");

    private final Connection connection;

    ContentWriter(Connection connection) {
        this.connection = connection;
    }

    void write(Content content) throws SQLException {
        for (String table : HANGING_OFF) {
            update("delete from " + table);
        }
        var areas = new ArrayList<String>();
        for (Content.Area area : content.areas()) {
            areas.add(area.slug());
            upsert("body_area", area.slug(), List.of("name", "description", "goes_with", "why_with", "position"),
                List.of(area.en().name(), area.en().description(), nullable(area.goesWith().isEmpty() ? null
                    : String.join(",", area.goesWith())), nullable(area.en().whyWith()), areas.size()));
        }
        var tools = new ArrayList<String>();
        for (Content.Tool tool : content.tools()) {
            tools.add(tool.slug());
            upsert("tool", tool.slug(), List.of("name", "description", "always_available", "position"),
                List.of(tool.en().name(), tool.en().description(), tool.alwaysAvailable(), tools.size()));
        }
        for (Content.Technique technique : content.techniques()) {
            technique(technique);
        }
        var conditions = new ArrayList<String>();
        for (Content.Condition condition : content.conditions()) {
            conditions.add(condition.slug());
            upsert("health_condition", condition.slug(), List.of("name", "summary", "advice", "local", "position"),
                List.of(condition.en().name(), condition.en().summary(), condition.en().advice(), condition.local(), conditions.size()));
            for (Content.Restriction restriction : condition.restrictions()) {
                restriction(condition.slug(), restriction);
            }
            sources("condition_source", "condition_id", "health_condition", condition.slug(), condition.sources());
        }
        var redFlags = new ArrayList<String>();
        for (Content.RedFlag flag : content.redFlags()) {
            redFlags.add(flag.slug());
            upsert("red_flag", flag.slug(), List.of("name", "description", "advice", "urgency", "asked_with", "position"),
                List.of(flag.en().name(), flag.en().description(), flag.en().advice(), flag.urgency().slug(),
                    nullable(flag.askedWith()), redFlags.size()));
            for (String area : flag.areas()) {
                hang("insert into red_flag_area (red_flag_id, body_area_id) select f.id, a.id from red_flag f, body_area a"
                    + " where a.slug = ? and f.slug = ?", area, flag.slug());
            }
            sources("red_flag_source", "red_flag_id", "red_flag", flag.slug(), flag.sources());
        }
        removeOthers("technique", content.techniques().stream().map(Content.Technique::slug).toList());
        removeOthers("body_area", areas);
        removeOthers("tool", tools);
        removeOthers("health_condition", conditions);
        removeOthers("red_flag", redFlags);
    }

    private void technique(Content.Technique technique) throws SQLException {
        String slug = technique.slug();
        Content.TechniqueText en = technique.en();
        upsert("technique", slug, List.of("name", "kind", "performer", "posture", "pressure", "seconds", "longest_seconds",
                "sides", "movement", "summary", "position"),
            List.of(en.name(), technique.kind().slug(), technique.performer().slug(), technique.posture().slug(),
                technique.pressure().slug(), technique.seconds(), technique.longestSeconds(), technique.sides(),
                slugOrNull(technique.movement()), en.summary(), technique.position()));
        for (var phase : technique.phases()) {
            hang("insert into technique_phase (technique_id, phase) select id, ? from technique where slug = ?", phase, slug);
        }
        for (String area : technique.areas()) {
            hang("insert into technique_area (technique_id, body_area_id) select t.id, a.id from technique t, body_area a"
                + " where a.slug = ? and t.slug = ?", area, slug);
        }
        for (String tool : technique.tools()) {
            hang("insert into technique_tool (technique_id, tool_id) select t.id, o.id from technique t, tool o"
                + " where o.slug = ? and t.slug = ?", tool, slug);
        }
        int position = 0;
        for (Content.Line line : en.instructions()) {
            hang("insert into technique_instruction (technique_id, position, text, only_area, only_tool)"
                + " select id, ?, ?, ?, ? from technique where slug = ?", ++position, line.text(), nullable(line.onlyArea()),
                nullable(line.onlyTool()), slug);
        }
        position = 0;
        for (String caution : en.cautions()) {
            hang("insert into technique_caution (technique_id, position, text) select id, ?, ? from technique where slug = ?",
                ++position, caution, slug);
        }
        for (String phrase : en.keywords()) {
            hang("insert into technique_keyword (technique_id, phrase) select id, ? from technique where slug = ?", phrase, slug);
        }
    }

    /** A condition's or red flag's sources, in file order. */
    private void sources(String table, String column, String owner, String slug, List<String> titles) throws SQLException {
        int position = 0;
        for (String title : titles) {
            hang("insert into " + table + " (" + column + ", position, title) select id, ?, ? from " + owner + " where slug = ?",
                ++position, title, slug);
        }
    }

    /** Restrictions are numbered in file order: the first that matches a technique is the one a routine names. */
    private void restriction(String condition, Content.Restriction restriction) throws SQLException {
        long id;
        try (PreparedStatement insert = connection.prepareStatement("insert into condition_restriction (condition_id,"
            + " technique_kind, area_scope, tool_id, posture, movement, max_pressure, waived_by_clearance, reason) values"
            + " ((select id from health_condition where slug = ?), ?, ?, (select id from tool where slug = ?), ?, ?, ?, ?, ?)",
            new String[] {"id"})) {
            bind(insert, condition, slugOrNull(restriction.kind()), restriction.scope(), nullable(restriction.tool()),
                slugOrNull(restriction.posture()), slugOrNull(restriction.movement()), slugOrNull(restriction.maxPressure()),
                restriction.waivedByClearance(), restriction.en().reason());
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                id = keys.getLong(1);
            }
        }
        for (String area : restriction.areas() == null ? List.<String>of() : restriction.areas()) {
            hang("insert into condition_restriction_area (restriction_id, body_area_id) select ?, id from body_area where slug = ?",
                id, area);
        }
    }

    private void upsert(String table, String slug, List<String> columns, List<Object> values) throws SQLException {
        String sets = String.join(" = ?, ", columns) + " = ?";
        var arguments = new ArrayList<>(values);
        arguments.add(slug);
        if (update("update " + table + " set " + sets + " where slug = ?", arguments.toArray()) == 0) {
            String names = String.join(", ", columns);
            String marks = "?, ".repeat(columns.size());
            update("insert into " + table + " (" + names + ", slug) values (" + marks + "?)", arguments.toArray());
        }
    }

    /** Rows whose slug the content no longer has: nothing else refers to them by id any more. */
    private void removeOthers(String table, Collection<String> kept) throws SQLException {
        String marks = String.join(", ", kept.stream().map(slug -> "?").toList());
        update("delete from " + table + (kept.isEmpty() ? "" : " where slug not in (" + marks + ")"), kept.toArray());
    }

    private void hang(String sql, Object... values) throws SQLException {
        if (update(sql, values) != 1) {
            throw new IllegalStateException("a catalog row refers to a slug the content does not hold: " + List.of(values));
        }
    }

    private int update(String sql, Object... values) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            bind(statement, values);
            return statement.executeUpdate();
        }
    }

    private static void bind(PreparedStatement statement, Object... values) throws SQLException {
        for (int i = 0; i < values.length; i++) {
            if (values[i] == Null.VALUE) {
                statement.setNull(i + 1, Types.VARCHAR);
            }
            else {
                statement.setObject(i + 1, values[i] instanceof Slugged slugged ? slugged.slug() : values[i]);
            }
        }
    }

    private static Object nullable(String value) {
        return value == null ? Null.VALUE : value;
    }

    private static Object slugOrNull(Slugged value) {
        return value == null ? Null.VALUE : value.slug();
    }

    /** A SQL null among the values of a statement (List.of holds no nulls). */
    private enum Null { VALUE }
}
