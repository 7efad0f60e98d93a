package app.unknot.catalog;

import app.unknot.system.Checks;
import static app.unknot.system.Checks.requireText;

/** Something a technique needs: hands and household items are always at hand, the rest only if owned. */
public record Tool(String slug, String name, String description, boolean alwaysAvailable) {

    public Tool {
        requireText(slug, "tool slug");
        requireText(name, "name of tool " + slug);
        requireText(description, "description of tool " + slug);
    }
}
