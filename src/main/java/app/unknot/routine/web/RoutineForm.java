package app.unknot.routine.web;

import app.unknot.catalog.Performer;
import app.unknot.catalog.Slugged;
import app.unknot.routine.plan.RoutineRequest;
import app.unknot.safety.SafetyAnswers;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.hibernate.validator.constraints.Range;

/**
 * The builder's questions as the browser posts them and as the JSON API reads them: one class, one
 * validation path. Bean Validation checks shapes and ranges; {@link RoutineFormValidator} then
 * checks the slugs against the catalog. Error texts live in messages.properties under the codes
 * Spring derives (for example {@code Max.routineForm.minutes}), with the limits as arguments.
 */
public class RoutineForm {

    /** The form's number limits, for the page to show: each is defined once, where it is enforced. */
    public record Limits(int minMinutes, int maxMinutes, int maxPainLevel, int maxPainWeeks) {

        static final Limits INSTANCE = new Limits(RoutineRequest.MIN_MINUTES, RoutineRequest.MAX_MINUTES,
            SafetyAnswers.MAX_PAIN_LEVEL, SafetyAnswers.MAX_PAIN_WEEKS);
    }

    /** The fields, in the order the form asks them: the only ones that bind, and the order errors are named in. */
    static final List<String> FIELDS = List.of("redFlags", "areas", "minutes", "performer", "tools", "painLevel",
        "painWeeks", "conditions", "affectedAreas", "cancerCleared");

    @NotEmpty
    @Size(max = RoutineRequest.MAX_CHOICES)
    private List<String> areas = new ArrayList<>();

    @Size(max = RoutineRequest.MAX_CHOICES)
    private List<String> tools = new ArrayList<>();

    @NotNull
    @Min(RoutineRequest.MIN_MINUTES)
    @Max(RoutineRequest.MAX_MINUTES)
    private Integer minutes;

    @NotNull
    @Pattern(regexp = "self|partner")
    private String performer;

    @Size(max = RoutineRequest.MAX_CHOICES)
    private List<String> conditions = new ArrayList<>();

    @Size(max = RoutineRequest.MAX_CHOICES)
    private List<String> affectedAreas = new ArrayList<>();

    @Size(max = RoutineRequest.MAX_CHOICES)
    private List<String> redFlags = new ArrayList<>();

    @NotNull
    @Range(min = 0, max = SafetyAnswers.MAX_PAIN_LEVEL)
    private Integer painLevel;

    /** Left out of a JSON body, the pain is new: under a week. */
    @NotNull
    @Min(0)
    @Max(SafetyAnswers.MAX_PAIN_WEEKS)
    private Integer painWeeks = 0;

    private boolean cancerCleared;

    /** The empty form as the builder page first shows it: a quarter of an hour, on your own. */
    static RoutineForm withDefaults() {
        var form = new RoutineForm();
        form.setMinutes(15);
        form.setPerformer(Performer.SELF.slug());
        return form;
    }

    /** The form with the answers a request was made with, to change them. */
    static RoutineForm of(RoutineRequest request) {
        var form = new RoutineForm();
        SafetyAnswers screening = request.screening();
        form.setAreas(request.areas());
        form.setTools(List.copyOf(request.tools()));
        form.setMinutes(request.minutes());
        form.setPerformer(request.performer().slug());
        form.setConditions(List.copyOf(screening.conditions()));
        form.setAffectedAreas(List.copyOf(screening.affectedAreas()));
        form.setRedFlags(List.copyOf(screening.redFlags()));
        form.setPainLevel(screening.painLevel());
        form.setPainWeeks(screening.painWeeks());
        form.setCancerCleared(screening.cancerCleared());
        return form;
    }

    /** The form for someone else with this request's areas, tools, time and performer: their own answers are asked afresh. */
    static RoutineForm forSomeoneElse(RoutineRequest request) {
        var form = new RoutineForm();
        form.setAreas(request.areas());
        form.setTools(List.copyOf(request.tools()));
        form.setMinutes(request.minutes());
        form.setPerformer(request.performer().slug());
        return form;
    }

    /** The request this valid form asks for. */
    RoutineRequest toRequest() {
        return new RoutineRequest(areas.stream().distinct().toList(), new LinkedHashSet<>(tools), minutes,
            Slugged.fromSlug(Performer.class, performer), new SafetyAnswers(new LinkedHashSet<>(conditions),
                new LinkedHashSet<>(affectedAreas), new LinkedHashSet<>(redFlags), painLevel, painWeeks, cancerCleared));
    }

    /** Clients send what they send: surrounding spaces and empty values are not choices. */
    private static List<String> choices(List<String> values) {
        return values == null ? new ArrayList<>() : values.stream().filter(Objects::nonNull).map(String::strip)
            .filter(value -> !value.isEmpty()).collect(Collectors.toCollection(ArrayList::new));
    }

    public List<String> getAreas() {
        return areas;
    }

    public void setAreas(List<String> areas) {
        this.areas = choices(areas);
    }

    public List<String> getTools() {
        return tools;
    }

    public void setTools(List<String> tools) {
        this.tools = choices(tools);
    }

    public Integer getMinutes() {
        return minutes;
    }

    public void setMinutes(Integer minutes) {
        this.minutes = minutes;
    }

    public String getPerformer() {
        return performer;
    }

    public void setPerformer(String performer) {
        this.performer = performer;
    }

    public List<String> getConditions() {
        return conditions;
    }

    public void setConditions(List<String> conditions) {
        this.conditions = choices(conditions);
    }

    public List<String> getAffectedAreas() {
        return affectedAreas;
    }

    public void setAffectedAreas(List<String> affectedAreas) {
        this.affectedAreas = choices(affectedAreas);
    }

    public List<String> getRedFlags() {
        return redFlags;
    }

    public void setRedFlags(List<String> redFlags) {
        this.redFlags = choices(redFlags);
    }

    public Integer getPainLevel() {
        return painLevel;
    }

    public void setPainLevel(Integer painLevel) {
        this.painLevel = painLevel;
    }

    public Integer getPainWeeks() {
        return painWeeks;
    }

    public void setPainWeeks(Integer painWeeks) {
        this.painWeeks = painWeeks;
    }

    public boolean isCancerCleared() {
        return cancerCleared;
    }

    public void setCancerCleared(boolean cancerCleared) {
        this.cancerCleared = cancerCleared;
    }
}
