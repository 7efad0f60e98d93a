package app.unknot.routine;

import app.unknot.catalog.Performer;
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

/**
 * The routine builder form as the browser posts it. Bean Validation checks shapes and ranges;
 * {@link Routines#problems} then checks the slugs against the catalog. Error texts live in
 * messages.properties under the codes Spring derives (for example {@code Min.routineForm.minutes}).
 */
public class RoutineForm {

    static final int MAX_LIST = 20;

    @NotEmpty
    @Size(max = MAX_LIST)
    private List<String> areas = new ArrayList<>();

    @Size(max = MAX_LIST)
    private List<String> tools = new ArrayList<>();

    @NotNull
    @Min(RoutineRequest.MIN_MINUTES)
    @Max(RoutineRequest.MAX_MINUTES)
    private Integer minutes = 15;

    @NotNull
    @Pattern(regexp = "self|partner")
    private String performer = "self";

    @Size(max = MAX_LIST)
    private List<String> conditions = new ArrayList<>();

    @Size(max = MAX_LIST)
    private List<String> affectedAreas = new ArrayList<>();

    @Size(max = MAX_LIST)
    private List<String> redFlags = new ArrayList<>();

    @NotNull
    @Min(0)
    @Max(RoutineRequest.MAX_PAIN_LEVEL)
    private Integer painLevel;

    @NotNull
    @Min(0)
    @Max(RoutineRequest.MAX_PAIN_WEEKS)
    private Integer painWeeks = 0;

    private boolean cancerCleared;

    /** The request this valid form asks for. */
    RoutineRequest toRequest() {
        return new RoutineRequest(areas.stream().distinct().toList(), new LinkedHashSet<>(tools), minutes,
            Performer.fromSlug(performer), new LinkedHashSet<>(conditions), new LinkedHashSet<>(affectedAreas),
            new LinkedHashSet<>(redFlags), painLevel, painWeeks, cancerCleared);
    }

    /** Browsers send what they send: surrounding spaces and empty values are not choices. */
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
