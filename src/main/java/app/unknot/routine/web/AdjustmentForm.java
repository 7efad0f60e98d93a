package app.unknot.routine.web;

import app.unknot.catalog.Slugged;
import app.unknot.routine.Frequency;
import app.unknot.routine.Handout;
import app.unknot.routine.RoutineView;
import app.unknot.routine.StepView;
import app.unknot.routine.plan.ChosenStep;
import app.unknot.system.SpokenLanguages;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A therapist's adjustment as the adjust page posts it and as {@code POST /api/routines/{id}/versions}
 * reads it: one class, one validation path. Bean Validation checks shapes and lengths; the builder
 * then checks each step against the catalog and the person's answers. Texts may hold line breaks
 * and tabs, never other control characters (PostgreSQL cannot store a NUL at all).
 */
@JsonIgnoreProperties(ignoreUnknown = false)
public class AdjustmentForm {

    /** The form's limits, for it to show: each is defined once, where it is enforced. */
    public record Limits(int stepNote, int notes, int initials, int preparedBy, int times, int weeks) {

        static final Limits INSTANCE = new Limits(Handout.MAX_STEP_NOTE, Handout.MAX_NOTES, Handout.MAX_INITIALS,
            Handout.MAX_PREPARED_BY, Frequency.MAX_TIMES, Frequency.MAX_WEEKS);
    }

    static final String TEXT = "[^\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F]*";
    /** The fields in the order the page asks them, which is the order errors are named in. */
    static final List<String> FIELDS = List.of("steps", "handoutLanguage", "notes", "frequency", "clientInitials", "preparedBy");

    /** Checked for size by the builder, which names the limit; the bound here only stops a flood. */
    @Size(max = 100)
    private List<@Valid StepRow> steps = new ArrayList<>();

    /** The code of the language the handout prints in; none prints it in each reader's. */
    @Pattern(regexp = SpokenLanguages.CODES)
    private String handoutLanguage;

    @Size(max = Handout.MAX_NOTES)
    @Pattern(regexp = TEXT)
    private String notes;

    @Valid
    private FrequencyRow frequency;

    /** Letters only, so a name or a number cannot slip onto a handout anyone with the link can open. */
    @Size(max = Handout.MAX_INITIALS)
    @Pattern(regexp = "\\p{L}*")
    private String clientInitials;

    @Size(max = Handout.MAX_PREPARED_BY)
    @Pattern(regexp = "[^\\x00-\\x1F\\x7F]*")
    private String preparedBy;

    /** One step: the technique's slug, its whole time in seconds, and a note. */
    @JsonIgnoreProperties(ignoreUnknown = false)
    public static class StepRow {

        @NotNull
        private String technique;

        @NotNull
        private Integer seconds;

        @Size(max = Handout.MAX_STEP_NOTE)
        @Pattern(regexp = TEXT)
        private String note;

        public StepRow() {
        }

        StepRow(String technique, int seconds, String note) {
            this.technique = technique;
            this.seconds = seconds;
            this.note = note;
        }

        public String getTechnique() {
            return technique;
        }

        public void setTechnique(String technique) {
            this.technique = technique == null ? null : technique.strip();
        }

        public Integer getSeconds() {
            return seconds;
        }

        public void setSeconds(Integer seconds) {
            this.seconds = seconds;
        }

        public String getNote() {
            return note;
        }

        public void setNote(String note) {
            this.note = stripped(note);
        }
    }

    /** The form with the routine's steps and handout as they are, to adjust; its handout in the page's language unless it has one. */
    static AdjustmentForm of(RoutineView routine, Locale page) {
        var form = new AdjustmentForm();
        routine.steps().stream().filter(StepView::followed)
            .forEach(step -> form.steps.add(new StepRow(step.technique().slug(), step.seconds(), step.note())));
        Handout handout = routine.handout();
        form.notes = handout.notes();
        form.clientInitials = handout.clientInitials();
        form.preparedBy = handout.preparedBy();
        form.handoutLanguage = handout.language() != null ? handout.language() : page.getLanguage();
        if (handout.frequency() != null) {
            form.frequency = new FrequencyRow();
            form.frequency.setTimes(handout.frequency().times());
            form.frequency.setPer(handout.frequency().per().slug());
            form.frequency.setWeeks(handout.frequency().weeks());
        }
        return form;
    }

    /** The steps as chosen; a missing time counts as none, which the builder refuses. */
    List<ChosenStep> chosenSteps() {
        return steps.stream().map(row -> new ChosenStep(row.technique, Objects.requireNonNullElse(row.seconds, 0), row.note))
            .toList();
    }

    /** The handout this valid form asks for. */
    Handout handout() {
        Frequency often = frequency == null || frequency.isBlank() ? null
            : new Frequency(frequency.getTimes(), Slugged.fromSlug(Frequency.Per.class, frequency.getPer()), frequency.getWeeks());
        return new Handout(notes, often, clientInitials, preparedBy, handoutLanguage);
    }

    private static String stripped(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    public List<StepRow> getSteps() {
        return steps;
    }

    public void setSteps(List<StepRow> steps) {
        this.steps = steps == null ? new ArrayList<>() : new ArrayList<>(steps.stream().filter(Objects::nonNull).toList());
    }

    public String getHandoutLanguage() {
        return handoutLanguage;
    }

    public void setHandoutLanguage(String handoutLanguage) {
        this.handoutLanguage = stripped(handoutLanguage);
    }

    public String getNotes() {
        return notes;
    }

    public void setNotes(String notes) {
        this.notes = stripped(notes);
    }

    public FrequencyRow getFrequency() {
        return frequency;
    }

    public void setFrequency(FrequencyRow frequency) {
        this.frequency = frequency;
    }

    public String getClientInitials() {
        return clientInitials;
    }

    public void setClientInitials(String clientInitials) {
        this.clientInitials = stripped(clientInitials);
    }

    public String getPreparedBy() {
        return preparedBy;
    }

    public void setPreparedBy(String preparedBy) {
        this.preparedBy = stripped(preparedBy);
    }
}
