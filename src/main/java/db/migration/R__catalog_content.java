package db.migration;

import app.unknot.catalog.content.CatalogContent;
import java.sql.SQLException;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Loads the catalog's content files (src/main/resources/catalog) into its tables. Repeatable: Flyway
 * runs it after the versioned migrations whenever its checksum, the files', has changed, so a content
 * change is a reviewed file diff and a restart.
 */
public class R__catalog_content extends BaseJavaMigration {

    @Override
    public Integer getChecksum() {
        return CatalogContent.checksum();
    }

    @Override
    public void migrate(Context context) throws SQLException {
        CatalogContent.load(context.getConnection());
    }
}
