package app.unknot.catalog;

import static app.unknot.system.Checks.requireText;
import static app.unknot.system.Checks.textList;

import java.util.List;

/**
 * A part of the body a technique works on, such as the lower back.
 *
 * @param goesWith the areas an ache here often comes with (a tension headache: the neck and shoulders)
 * @param whyWith why working those helps, in a sentence; null when it goes with none
 */
public record BodyArea(String slug, String name, String description, List<String> goesWith, String whyWith) {

    public BodyArea {
        requireText(slug, "area slug");
        requireText(name, "name of area " + slug);
        requireText(description, "description of area " + slug);
        goesWith = textList(goesWith, "areas that go with " + slug);
        if (!goesWith.isEmpty()) {
            requireText(whyWith, "why other areas go with " + slug);
        }
    }

    /** An area that goes with no other. */
    public BodyArea(String slug, String name, String description) {
        this(slug, name, description, List.of(), null);
    }
}
