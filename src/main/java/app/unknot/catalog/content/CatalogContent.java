package app.unknot.catalog.content;

import app.unknot.catalog.Translation;
import app.unknot.catalog.picture.Illustration;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.function.Supplier;
import org.springframework.util.function.SingletonSupplier;

/**
 * The catalog's content files, as the repeatable migration {@code R__catalog_content} loads them:
 * after every versioned migration, and again whenever the files change (its checksum is theirs).
 * Afterwards the tables hold exactly what the files say. Content with any {@link ContentCheck}
 * problem is refused, so a broken file stops the start-up (and the build) with every problem named.
 */
public final class CatalogContent {

    private static final ContentFiles FILES = ContentFiles.in(ContentFiles.FOLDER);
    /** Read once: the migration, the pictures and the translations all start from the same files. */
    private static final Supplier<Content> CONTENT = SingletonSupplier.of(FILES::read);
    private static final Supplier<List<Translation>> TRANSLATIONS = SingletonSupplier.of(() ->
        TranslationCheck.LANGUAGES.stream().map(language -> TranslatedTexts.of(CONTENT.get(), language)).toList());

    private CatalogContent() {
    }

    public static int checksum() {
        return FILES.checksum();
    }

    /** What each technique's picture shows, as its file says: the pictures are drawn from these at start-up. */
    public static List<Illustration> illustrations() {
        return CONTENT.get().techniques().stream().map(technique -> new Illustration(technique.slug(),
            technique.picture().scenes(), technique.picture().highlight(), technique.en().picture())).toList();
    }

    /** The catalog's words in each language beside English, as the files pair them: read at start-up, like the pictures. */
    public static List<Translation> translations() {
        return TRANSLATIONS.get();
    }

    public static void load(Connection connection) throws SQLException {
        load(connection, CONTENT.get());
    }

    /** @throws IllegalStateException naming every problem, before a row is written */
    static void load(Connection connection, ContentFiles files) throws SQLException {
        load(connection, files.read());
    }

    private static void load(Connection connection, Content content) throws SQLException {
        List<String> problems = ContentCheck.problems(content);
        if (!problems.isEmpty()) {
            throw new IllegalStateException(ContentCheck.describe(problems));
        }
        new ContentWriter(connection).write(content);
    }
}
