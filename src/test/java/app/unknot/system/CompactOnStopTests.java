package app.unknot.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Only an H2 file database's pool is compacted as it closes; the rows deleted leave the file, the others stay. */
class CompactOnStopTests {

    private static final CompactOnStop COMPACT = new CompactOnStop(true, Duration.ofSeconds(10));

    @TempDir
    Path folder;

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "true  | jdbc:h2:file:./data/unknot;AUTO_SERVER=FALSE | true",
        "true  | jdbc:h2:/elsewhere/unknot                    | true",
        "false | jdbc:h2:file:./data/unknot                   | false",
        "true  | jdbc:h2:mem:test;DB_CLOSE_DELAY=-1           | false",
        "true  | jdbc:h2:tcp://db.example/unknot              | false",
        "true  | jdbc:postgresql://127.0.0.1:5432/unknot      | false"})
    void onlyAnH2FileDatabaseIsCompacted(boolean enabled, String url, boolean compacted) {
        try (var pool = new HikariDataSource()) {
            pool.setJdbcUrl(url);
            assertThat(new CompactOnStop(enabled, Duration.ofSeconds(10)).requiresDestruction(pool)).isEqualTo(compacted);
        }
        assertThat(COMPACT.requiresDestruction(new Object())).isFalse();
    }

    @Test
    void theDeletedRowsLeaveTheFileAndTheOthersStay() throws Exception {
        // H2's own tidying on close off, so only the compaction can clear the file.
        String url = DurableH2.url("jdbc:h2:file:" + folder.resolve("unknot") + ";MAX_COMPACT_TIME=0");
        Path file = folder.resolve("unknot.mv.db");
        try (var pool = new HikariDataSource()) {
            pool.setJdbcUrl(url);
            pool.setUsername("sa");
            var jdbc = JdbcClient.create(pool);
            jdbc.sql("create table note (id int primary key, text varchar(200))").update();
            for (int id = 0; id < 200; id++) {
                jdbc.sql("insert into note values (?, ?)").params(id, (id == 100 ? "deleted-marker-" : "kept-marker-") + id).update();
            }
            jdbc.sql("delete from note where id = 100").update();
            assertThat(bytes(file)).contains("deleted-marker-100");

            COMPACT.postProcessBeforeDestruction(pool, "dataSource");

            assertThat(pool.isClosed()).isTrue();
        }
        assertThat(bytes(file)).doesNotContain("deleted-marker-100").contains("kept-marker-99", "kept-marker-101");
        try (var connection = DriverManager.getConnection(url, "sa", "");
             var rows = connection.createStatement().executeQuery("select count(*) from note")) {
            rows.next();
            assertThat(rows.getInt(1)).isEqualTo(199);
        }
    }

    private static String bytes(Path file) throws Exception {
        return new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
    }
}
