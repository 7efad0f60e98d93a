package app.unknot.progress;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Limit;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface SessionRepository extends Repository<SessionEntity, String> {

    SessionEntity save(SessionEntity session);

    /** Newest first; the id breaks ties between sessions logged in the same microsecond. */
    List<SessionEntity> findByRoutineIdOrderByAtDescIdDesc(String routineId);

    /** The newest so many, newest first. */
    List<SessionEntity> findByRoutineIdOrderByAtDescIdDesc(String routineId, Limit limit);

    /** One page of them, newest first, with the total. */
    Page<SessionEntity> findByRoutineIdOrderByAtDescIdDesc(String routineId, Pageable page);

    /**
     * The next so many older than the session logged at {@code at} with this id, newest first: a
     * chunk after a chunk, so a session logged meanwhile neither shifts nor repeats a row.
     */
    @Query("""
        select s from SessionEntity s where s.routineId = :routineId and (s.at < :at or (s.at = :at and s.id < :id))
        order by s.at desc, s.id desc""")
    List<SessionEntity> olderThan(String routineId, Instant at, String id, Limit limit);

    Optional<SessionEntity> findFirstByRoutineIdOrderByAtDescIdDesc(String routineId);

    long countByRoutineId(String routineId);

    /** Sessions taken in since then, whenever they were done. */
    long countByRoutineIdAndReceivedAtAfter(String routineId, Instant since);

    /** The session its device sent with this id, if it was stored. */
    Optional<SessionEntity> findByRoutineIdAndClientId(String routineId, String clientId);
}
