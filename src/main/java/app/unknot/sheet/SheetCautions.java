package app.unknot.sheet;

import app.unknot.routine.StepView;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The routine's cautions, arranged for print: a caution that several techniques share (such as when
 * to stop) is printed once for every step rather than under each one, which keeps the sheet short.
 *
 * @param shared cautions of two or more techniques, in the order they first appear
 * @param ownByTechnique the rest, by technique slug
 */
record SheetCautions(List<String> shared, Map<String, List<String>> ownByTechnique) {

    static SheetCautions of(List<StepView> steps) {
        Map<String, List<String>> byTechnique = new LinkedHashMap<>();
        steps.forEach(step -> byTechnique.putIfAbsent(step.technique().slug(), step.technique().cautions()));
        Set<String> seen = new LinkedHashSet<>();
        Set<String> shared = new LinkedHashSet<>();
        byTechnique.values().forEach(cautions -> cautions.forEach(caution -> {
            if (!seen.add(caution)) {
                shared.add(caution);
            }
        }));
        Map<String, List<String>> own = new LinkedHashMap<>();
        byTechnique.forEach((slug, cautions) ->
            own.put(slug, cautions.stream().filter(caution -> !shared.contains(caution)).toList()));
        return new SheetCautions(List.copyOf(shared), own);
    }

    public List<String> own(String techniqueSlug) {
        return ownByTechnique.getOrDefault(techniqueSlug, List.of());
    }
}
