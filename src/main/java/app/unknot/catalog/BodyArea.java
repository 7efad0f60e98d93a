package app.unknot.catalog;

import app.unknot.system.Checks;
import static app.unknot.system.Checks.requireText;

/** A part of the body a technique works on, such as the lower back. */
public record BodyArea(String slug, String name, String description) {

    public BodyArea {
        requireText(slug, "area slug");
        requireText(name, "name of area " + slug);
        requireText(description, "description of area " + slug);
    }
}
