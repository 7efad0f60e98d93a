package app.unknot.progress;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A session is stored as logged: inserted at once, and read back as it was. */
@DataJpaTest
class SessionPersistenceTests {

    private static final String ROUTINE = "AAAAAAAAAAAAAAAAAAAAAA";

    @Autowired
    SessionRepository sessions;
    @Autowired
    EntityManager entityManager;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aNewSessionIsInsertedAsItIsAndALoadedOneIsNotNew() {
        jdbc.sql("""
            insert into routine (id, created_at, areas, tools, minutes, performer, conditions, affected_areas,
                                 red_flags, pain_level, pain_weeks, cancer_cleared, status, advice)
            values (?, current_timestamp, 'lower-back', '', 15, 'self', '', '', '', 3, 1, false, 'ok', '')""")
            .param(ROUTINE).update();
        var logged = new Session("BBBBBBBBBBBBBBBBBBBBBB", Instant.parse("2026-12-01T10:00:00Z"), 6, 3, List.of("cat-cow"), "Easier");
        var session = new SessionEntity(ROUTINE, logged, null, logged.at());
        assertThat(session.isNew()).isTrue();

        // A merge would first look for the row and hand back a copy; a persist keeps this very object.
        assertThat(sessions.save(session)).isSameAs(session);
        entityManager.flush();
        assertThat(session.isNew()).isFalse();
        entityManager.clear();

        SessionEntity loaded = sessions.findFirstByRoutineIdOrderByAtDescIdDesc(ROUTINE).orElseThrow();
        assertThat(loaded.isNew()).isFalse();
        assertThat(loaded.toSession()).isEqualTo(logged);
    }
}
