package app.unknot.progress;

import app.unknot.catalog.SlugListConverter;
import app.unknot.system.AssignedIdEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;

/** A session as stored; see {@link Session}. */
@Entity
@Table(name = "routine_session")
class SessionEntity extends AssignedIdEntity {

    @Id
    private String id;

    private String routineId;

    @Column(name = "logged_at")
    private Instant at;

    private Integer painBefore;

    private int painAfter;

    @Convert(converter = SlugListConverter.class)
    private List<String> hurt;

    private String note;

    protected SessionEntity() {
    }

    @Override
    public String getId() {
        return id;
    }

    SessionEntity(String id, String routineId, Session session) {
        this.id = id;
        this.routineId = routineId;
        this.at = session.at();
        this.painBefore = session.painBefore();
        this.painAfter = session.painAfter();
        this.hurt = List.copyOf(session.hurt());
        this.note = session.note();
    }

    Session toSession() {
        return new Session(id, at, painBefore, painAfter, List.copyOf(hurt), note);
    }
}
