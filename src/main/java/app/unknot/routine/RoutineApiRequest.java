package app.unknot.routine;

import app.unknot.catalog.Performer;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The JSON body of {@code POST /api/routines}. Optional lists default to empty, {@code painWeeks}
 * to 0 and {@code cancerCleared} to false; {@code painLevel} must be answered.
 */
record RoutineApiRequest(
        @NotEmpty @Size(max = RoutineForm.MAX_LIST) List<@NotBlank @Size(max = 40) String> areas,
        @Size(max = RoutineForm.MAX_LIST) List<@NotBlank @Size(max = 40) String> tools,
        @NotNull @Min(RoutineRequest.MIN_MINUTES) @Max(RoutineRequest.MAX_MINUTES) Integer minutes,
        @NotNull @Pattern(regexp = "self|partner") String performer,
        @Size(max = RoutineForm.MAX_LIST) List<@NotBlank @Size(max = 40) String> conditions,
        @Size(max = RoutineForm.MAX_LIST) List<@NotBlank @Size(max = 40) String> affectedAreas,
        @Size(max = RoutineForm.MAX_LIST) List<@NotBlank @Size(max = 40) String> redFlags,
        @NotNull @Min(0) @Max(RoutineRequest.MAX_PAIN_LEVEL) Integer painLevel,
        @Min(0) @Max(RoutineRequest.MAX_PAIN_WEEKS) Integer painWeeks,
        Boolean cancerCleared) {

    RoutineRequest toRequest() {
        return new RoutineRequest(areas.stream().distinct().toList(), set(tools), minutes,
            Performer.fromSlug(performer), set(conditions), set(affectedAreas), set(redFlags), painLevel,
            painWeeks == null ? 0 : painWeeks, Boolean.TRUE.equals(cancerCleared));
    }

    private static Set<String> set(List<String> slugs) {
        return slugs == null ? Set.of() : new LinkedHashSet<>(slugs);
    }
}
