package app.unknot.catalog;

import app.unknot.system.Checks;
import static app.unknot.system.Checks.requireText;

/**
 * A contraindication: a condition under which some massage or stretches are unsafe. What it rules
 * out is data, its {@link Restriction}s, so no code names a condition.
 *
 * @param local the condition affects the areas the person names (a fracture, a burn, a healing wound)
 */
public record Condition(String slug, String name, String summary, String advice, boolean local) {

    public Condition {
        requireText(slug, "condition slug");
        requireText(name, "name of condition " + slug);
        requireText(summary, "summary of condition " + slug);
        requireText(advice, "advice for condition " + slug);
    }
}
