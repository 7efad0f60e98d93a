package app.unknot.catalog.picture;

import static app.unknot.system.Checks.requireText;
import static app.unknot.system.Checks.textList;

import java.util.List;

/**
 * What a technique's picture shows: one position, or a start and an end (scenes the {@code picture}
 * package draws, by name), the areas it highlights, and the same in words for people who cannot see
 * it (its text alternative).
 */
public record Illustration(String technique, List<String> scenes, List<String> highlighted, String text) {

    public Illustration {
        requireText(technique, "illustrated technique");
        scenes = textList(scenes, "scenes of " + technique);
        highlighted = textList(highlighted, "highlighted areas of " + technique);
        requireText(text, "text alternative of " + technique + "'s picture");
    }
}
