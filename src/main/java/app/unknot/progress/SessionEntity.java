package app.unknot.progress;

import app.unknot.system.SlugListConverter;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.PostLoad;
import jakarta.persistence.PostPersist;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import java.time.Instant;
import java.util.List;
import org.springframework.data.domain.Persistable;

/**
 * A session as stored; see {@link Session}. Its id is drawn before it is saved, so it says whether it
 * is new: Spring Data would otherwise take it for a stored one and merge it, reading the row first.
 */
@Entity
@Table(name = "routine_session")
class SessionEntity implements Persistable<String> {

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

    /** The id its device gave it, if it gave one: unique per routine. */
    private String clientId;

    /** When the server took it in, which may be days after {@link #at}: what the 24-hour cap counts by. */
    private Instant receivedAt;

    @Transient
    private boolean stored;

    protected SessionEntity() {
    }

    @Override
    public String getId() {
        return id;
    }

    @Override
    public boolean isNew() {
        return !stored;
    }

    @PostLoad
    @PostPersist
    void markStored() {
        stored = true;
    }

    SessionEntity(String routineId, Session session, String clientId, Instant receivedAt) {
        this.id = session.id();
        this.routineId = routineId;
        this.clientId = clientId;
        this.receivedAt = receivedAt;
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
