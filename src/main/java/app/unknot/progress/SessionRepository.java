package app.unknot.progress;

import java.util.List;
import java.util.Optional;
import org.springframework.data.repository.Repository;

interface SessionRepository extends Repository<SessionEntity, String> {

    SessionEntity save(SessionEntity session);

    /** Newest first; the id breaks ties between sessions logged in the same microsecond. */
    List<SessionEntity> findByRoutineIdOrderByAtDescIdDesc(String routineId);

    Optional<SessionEntity> findFirstByRoutineIdOrderByAtDescIdDesc(String routineId);

    long countByRoutineId(String routineId);
}
