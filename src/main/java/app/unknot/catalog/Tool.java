package app.unknot.catalog;

import static app.unknot.catalog.Checks.requireText;

/** Something a technique needs: hands and household items are always at hand, the rest only if owned. */
public record Tool(String slug, String name, String description, boolean alwaysAvailable) {

    public Tool {
        requireText(slug, "tool slug");
        requireText(name, "name of tool " + slug);
        requireText(description, "description of tool " + slug);
    }
}
