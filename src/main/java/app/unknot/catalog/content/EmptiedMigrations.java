package app.unknot.catalog.content;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;
import org.springframework.stereotype.Component;

/**
 * V2, V6 and V10 once inserted the catalog's content; since it moved to the content files they hold
 * only their schema changes. A database that ran them as they were would fail Flyway's checksum
 * check, so before validating, this records their present checksums in its history, but only where
 * it still holds exactly the checksums they had: any other mismatch is still an error.
 */
@Component
class EmptiedMigrations implements Callback {

    /** Version: the checksum the migration had with the content, and the one it has now. */
    private static final Map<String, int[]> CHECKSUMS = Map.of(
        "2", new int[] {1364759173, 59688724},
        "6", new int[] {-626928985, 395739271},
        "10", new int[] {-502928831, -1722855189});

    @Override
    public boolean supports(Event event, Context context) {
        return event == Event.BEFORE_VALIDATE || event == Event.BEFORE_MIGRATE;
    }

    @Override
    public boolean canHandleInTransaction(Event event, Context context) {
        return true;
    }

    @Override
    public void handle(Event event, Context context) {
        String table = context.getConfiguration().getTable();
        try {
            Connection connection = context.getConnection();
            if (!exists(connection, table)) {
                return;
            }
            for (var migration : CHECKSUMS.entrySet()) {
                try (PreparedStatement update = connection.prepareStatement(
                    "update \"" + table + "\" set \"checksum\" = ? where \"version\" = ? and \"checksum\" = ?")) {
                    update.setInt(1, migration.getValue()[1]);
                    update.setString(2, migration.getKey());
                    update.setInt(3, migration.getValue()[0]);
                    update.executeUpdate();
                }
            }
        }
        catch (SQLException ex) {
            throw new IllegalStateException("could not accept the emptied catalog migrations", ex);
        }
    }

    @Override
    public String getCallbackName() {
        return "emptied catalog migrations";
    }

    private static boolean exists(Connection connection, String table) throws SQLException {
        try (ResultSet tables = connection.getMetaData().getTables(connection.getCatalog(), connection.getSchema(), table, null)) {
            return tables.next();
        }
    }
}
