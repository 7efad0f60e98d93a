package db.migration;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Each technique a routine showed is stored once, in {@code shown_technique} under the SHA-256 of
 * its JSON, and a step names it by that digest instead of carrying a copy: routines show the same
 * few techniques again and again, so a save wrote a few kilobytes of copied catalog text per step.
 * Java rather than SQL because H2 and PostgreSQL spell SHA-256 differently. Like every migration it
 * stays as it is once released, so it keeps its own digest rather than sharing the app's.
 */
public class V11__shown_techniques extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        try (Statement statement = connection.createStatement()) {
            statement.execute("create table shown_technique (digest varchar(64) primary key, technique varchar(20000) not null)");
            statement.execute("alter table routine_step add column technique_digest varchar(64)");
            statement.execute("alter table routine_step add constraint routine_step_shown_technique "
                + "foreign key (technique_digest) references shown_technique (digest)");
        }
        for (String technique : distinctTechniques(connection)) {
            String digest = sha256(technique);
            try (PreparedStatement insert = connection.prepareStatement(
                    "insert into shown_technique (digest, technique) values (?, ?)");
                 PreparedStatement point = connection.prepareStatement(
                    "update routine_step set technique_digest = ? where technique = ?")) {
                insert.setString(1, digest);
                insert.setString(2, technique);
                insert.executeUpdate();
                point.setString(1, digest);
                point.setString(2, technique);
                point.executeUpdate();
            }
        }
        // Steps saved before V5 have none yet; the app fills them in from the catalog at start-up.
        try (Statement statement = connection.createStatement()) {
            statement.execute("alter table routine_step drop column technique");
        }
    }

    private static List<String> distinctTechniques(Connection connection) throws SQLException {
        List<String> techniques = new ArrayList<>();
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("select distinct technique from routine_step where technique is not null")) {
            while (rows.next()) {
                techniques.add(rows.getString(1));
            }
        }
        return techniques;
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        }
        catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException("every Java runtime has SHA-256", ex);
        }
    }
}
