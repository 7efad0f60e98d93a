package app.unknot.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Whatever address names an H2 file database, it is opened writing each commit before the answer, and
 * left for the app to close.
 */
class DurableH2Tests {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "jdbc:h2:file:./data/unknot;AUTO_SERVER=FALSE;CACHE_SIZE=16384 | jdbc:h2:file:./data/unknot;AUTO_SERVER=FALSE;CACHE_SIZE=16384;WRITE_DELAY=0;DB_CLOSE_ON_EXIT=FALSE",
        "jdbc:h2:file:/elsewhere/unknot                               | jdbc:h2:file:/elsewhere/unknot;WRITE_DELAY=0;DB_CLOSE_ON_EXIT=FALSE",
        "jdbc:h2:/elsewhere/unknot                                    | jdbc:h2:/elsewhere/unknot;WRITE_DELAY=0;DB_CLOSE_ON_EXIT=FALSE",
        "jdbc:h2:./unknot;WRITE_DELAY=500;CACHE_SIZE=1024             | jdbc:h2:./unknot;CACHE_SIZE=1024;WRITE_DELAY=0;DB_CLOSE_ON_EXIT=FALSE",
        "JDBC:H2:FILE:/x/unknot;write_delay = 100                     | JDBC:H2:FILE:/x/unknot;WRITE_DELAY=0;DB_CLOSE_ON_EXIT=FALSE",
        "jdbc:h2:file:/x/unknot;WRITE_DELAY=0;DB_CLOSE_ON_EXIT=TRUE   | jdbc:h2:file:/x/unknot;WRITE_DELAY=0;DB_CLOSE_ON_EXIT=FALSE",
        // H2 refuses DB_CLOSE_ON_EXIT=FALSE beside AUTO_SERVER=TRUE.
        "jdbc:h2:file:/x/unknot;AUTO_SERVER=TRUE                      | jdbc:h2:file:/x/unknot;AUTO_SERVER=TRUE;WRITE_DELAY=0",
        "jdbc:h2:mem:test;DB_CLOSE_DELAY=-1                           | jdbc:h2:mem:test;DB_CLOSE_DELAY=-1",
        "jdbc:h2:tcp://db.example/unknot                              | jdbc:h2:tcp://db.example/unknot",
        "jdbc:postgresql://127.0.0.1:5432/unknot                      | jdbc:postgresql://127.0.0.1:5432/unknot"})
    void anH2FileDatabaseIsOpenedWithNoWriteDelay(String configured, String opened) {
        assertThat(DurableH2.url(configured)).isEqualTo(opened);
    }

    @Test
    void thePoolIsGivenTheDurableAddressBeforeItOpens() {
        try (var pool = new HikariDataSource()) {
            pool.setJdbcUrl("jdbc:h2:file:/elsewhere/unknot;WRITE_DELAY=500");
            new DurableH2().postProcessBeforeInitialization(pool, "dataSource");
            assertThat(pool.getJdbcUrl()).isEqualTo("jdbc:h2:file:/elsewhere/unknot;WRITE_DELAY=0;DB_CLOSE_ON_EXIT=FALSE");
        }
    }
}
