package app.unknot.progress;

import app.unknot.safety.SafetyAnswers;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.hibernate.validator.constraints.Range;

/**
 * How a session went, as the finish page posts it and as the JSON API reads it: one class, one
 * validation path. Bean Validation checks ranges and lengths; {@link #notSteps} what only the
 * routine can tell. An unknown JSON field is refused, so a typing slip is never silently dropped.
 */
@JsonIgnoreProperties(ignoreUnknown = false)
public class SessionForm {

    static final int MAX_NOTE = 500;
    /** The fields in the order the finish page asks them, which is the order errors are named in. */
    static final List<String> FIELDS = List.of("painAfter", "painBefore", "hurt", "note");

    @Range(min = 0, max = SafetyAnswers.MAX_PAIN_LEVEL)
    private Integer painBefore;

    @NotNull
    @Range(min = 0, max = SafetyAnswers.MAX_PAIN_LEVEL)
    private Integer painAfter;

    /** No routine has more steps than this. */
    @Size(max = 40)
    private List<String> hurt = new ArrayList<>();

    /** Text, line breaks and tabs; no other control characters (PostgreSQL cannot store a NUL at all). */
    @Size(max = MAX_NOTE)
    @Pattern(regexp = "[^\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F]*")
    private String note = "";

    /**
     * The id the device gave this session before sending it (a UUID), so that sending it again is known
     * as the same session; none from a page without JavaScript or from an API client that does not care.
     */
    @Pattern(regexp = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
    private String clientId;

    /** When the device says the session was done; see {@link SessionTime} for when it is believed. */
    private Instant doneAt;

    /** The hurt slugs that are not the technique of any of these steps. */
    List<String> notSteps(Collection<String> stepTechniques) {
        return hurt.stream().filter(slug -> !stepTechniques.contains(slug)).toList();
    }

    public Integer getPainBefore() {
        return painBefore;
    }

    public void setPainBefore(Integer painBefore) {
        this.painBefore = painBefore;
    }

    public Integer getPainAfter() {
        return painAfter;
    }

    public void setPainAfter(Integer painAfter) {
        this.painAfter = painAfter;
    }

    public List<String> getHurt() {
        return hurt;
    }

    /** Blank entries are not choices; each technique counts once. */
    public void setHurt(List<String> hurt) {
        this.hurt = hurt == null ? new ArrayList<>() : new ArrayList<>(hurt.stream().filter(Objects::nonNull)
            .map(String::strip).filter(slug -> !slug.isEmpty()).distinct().toList());
    }

    public String getNote() {
        return note;
    }

    /** Surrounding spaces are not part of a note. */
    public void setNote(String note) {
        this.note = note == null ? "" : note.strip();
    }

    public String getClientId() {
        return clientId;
    }

    /** Either case of the hex digits is the same id; an empty field is none. */
    public void setClientId(String clientId) {
        this.clientId = clientId == null || clientId.isBlank() ? null : clientId.strip().toLowerCase(Locale.ROOT);
    }

    public Instant getDoneAt() {
        return doneAt;
    }

    public void setDoneAt(Instant doneAt) {
        this.doneAt = doneAt;
    }
}
