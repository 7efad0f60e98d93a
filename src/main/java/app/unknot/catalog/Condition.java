package app.unknot.catalog;

import static app.unknot.system.Checks.requireText;
import static app.unknot.system.Checks.textList;

import java.util.List;

/**
 * A contraindication: a condition under which some massage or stretches are unsafe. What it rules
 * out is data, its {@link Restriction}s, so no code names a condition.
 *
 * @param local the condition affects the areas the person names (a fracture, a burn, a healing wound)
 * @param sources the public guidance its restrictions follow, by title and publisher
 */
public record Condition(String slug, String name, String summary, String advice, boolean local, List<String> sources) {

    public Condition {
        requireText(slug, "condition slug");
        requireText(name, "name of condition " + slug);
        requireText(summary, "summary of condition " + slug);
        requireText(advice, "advice for condition " + slug);
        sources = textList(sources, "sources of condition " + slug);
    }
}
