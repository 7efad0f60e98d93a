package app.unknot.routine.store;

import app.unknot.catalog.Technique;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The techniques saved routines showed, each stored once under the SHA-256 of its JSON however many
 * steps show it (a routine stores the digest with each step). Routines show the same few techniques
 * again and again, so a save writes a digest per step instead of kilobytes of copied catalog text.
 * A stored technique never changes, so both ways are remembered: which techniques are stored, and
 * what a digest reads as.
 */
@Component
public class ShownTechniques {

    /** Each technique as shown for a few combinations of areas and tools: a few hundred in all. */
    private static final int REMEMBERED = 2_000;

    private final JdbcClient jdbc;
    private final TransactionTemplate ownTransaction;
    private final Cache<Technique, String> stored = Caffeine.newBuilder().maximumSize(REMEMBERED).build();
    private final Cache<String, Technique> read = Caffeine.newBuilder().maximumSize(REMEMBERED).build();

    ShownTechniques(JdbcClient jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        // Committed before the routine that names it, whatever transaction the caller is in.
        this.ownTransaction = new TransactionTemplate(transactions);
        ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** The digest the technique is stored under; stores it first, durably, when it is not stored yet. */
    public String keep(Technique technique) {
        return stored.get(technique, this::store);
    }

    /**
     * The technique stored under this digest.
     *
     * @throws org.springframework.dao.EmptyResultDataAccessException when none is
     */
    Technique shown(String digest) {
        return read.get(digest, this::load);
    }

    private String store(Technique technique) {
        String json = StoredTechnique.write(technique);
        String digest = sha256(json);
        try {
            ownTransaction.executeWithoutResult(status -> jdbc.sql("""
                    insert into shown_technique (digest, technique) select :digest, :technique
                    where not exists (select 1 from shown_technique where digest = :digest)""")
                .param("digest", digest).param("technique", json).update());
        }
        catch (DuplicateKeyException storedMeanwhile) {
            // Another instance or request stored the same technique at the same moment: it is stored.
        }
        read.put(digest, technique);
        return digest;
    }

    private Technique load(String digest) {
        return StoredTechnique.read(jdbc.sql("select technique from shown_technique where digest = :digest")
            .param("digest", digest).query(String.class).single());
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
