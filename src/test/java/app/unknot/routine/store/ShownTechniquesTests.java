package app.unknot.routine.store;

import static org.assertj.core.api.Assertions.assertThat;

import app.unknot.catalog.CatalogFixture;
import app.unknot.catalog.Technique;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jdbc.test.autoconfigure.JdbcTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Each technique routines showed is stored once, durably, and reads back from the database as it was. */
@JdbcTest
@Import(ShownTechniques.class)
class ShownTechniquesTests {

    @Autowired
    ShownTechniques techniques;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PlatformTransactionManager transactions;

    private long rowsFor(String digest) {
        return jdbc.sql("select count(*) from shown_technique where digest = :digest").param("digest", digest)
            .query(Long.class).single();
    }

    /** Another instance of the app on the same database: it remembers nothing this one stored. */
    private ShownTechniques anotherInstance() {
        return new ShownTechniques(jdbc, transactions);
    }

    @Test
    void aTechniqueKeptAgainOrByAnotherInstanceIsStoredOnce() {
        Technique technique = CatalogFixture.technique("neck-side-stretch");

        String digest = techniques.keep(technique);

        assertThat(techniques.keep(technique)).isEqualTo(digest);
        assertThat(anotherInstance().keep(technique)).isEqualTo(digest);
        assertThat(digest).matches("[0-9a-f]{64}");
        assertThat(rowsFor(digest)).isOne();
    }

    @Test
    void aStoredTechniqueReadsBackFromTheDatabaseAsItWasKept() {
        Technique technique = CatalogFixture.technique("foam-roll-calves");

        String digest = techniques.keep(technique);

        assertThat(anotherInstance().shown(digest)).isEqualTo(technique);
    }

    @Test
    void differentTechniquesGetDifferentDigests() {
        List<String> digests = CatalogFixture.TECHNIQUES.stream().map(techniques::keep).toList();

        assertThat(digests).doesNotHaveDuplicates().hasSameSizeAs(CatalogFixture.TECHNIQUES);
    }

    @Test
    void aTechniqueIsCommittedOnItsOwnSoARoutineSavedOnAnotherConnectionFindsIt() {
        Technique technique = CatalogFixture.technique("chest-self-massage");
        var rolledBack = new TransactionTemplate(transactions);

        String digest = rolledBack.execute(status -> {
            status.setRollbackOnly();
            return techniques.keep(technique);
        });

        assertThat(rowsFor(digest)).isOne();
    }

    @Test
    void instancesKeepingTheSameNewTechniqueAtOnceAllGetItsDigest() throws Exception {
        Technique technique = CatalogFixture.technique("seated-lower-back-self-massage");
        var start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<String>> kept = IntStream.range(0, 8).mapToObj(n -> pool.submit(() -> {
                ShownTechniques instance = anotherInstance();
                start.await();
                return instance.keep(technique);
            })).toList();
            start.countDown();
            for (Future<String> digest : kept) {
                assertThat(digest.get()).isEqualTo(kept.get(0).get());
            }
            assertThat(rowsFor(kept.get(0).get())).isOne();
        }
        finally {
            pool.shutdownNow();
        }
    }
}
