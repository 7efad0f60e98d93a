package app.unknot.progress;

import app.unknot.safety.SafetyAnswers;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
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
}
