package app.unknot.catalog.picture;

import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Every position the pictures show, by name, gathered from the families that draw them by posture:
 * {@link LyingScenes}, {@link FloorScenes}, {@link SeatedScenes}, {@link UprightScenes}. Most are side
 * views of one {@link Pose}; a few are seen from the front or above ({@link FrontFigure}). Coordinates
 * are picture units, the floor at y 92.
 */
final class Scenes {

    private Scenes() {
    }

    /** A name given by two families fails here, at start-up. */
    static final Map<String, Scene> BY_NAME = Stream.of(LyingScenes.BY_NAME, FloorScenes.BY_NAME, SeatedScenes.BY_NAME, UprightScenes.BY_NAME)
        .flatMap(family -> family.entrySet().stream())
        .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, Map.Entry::getValue));

    /** Whether a scene is a partner's massage, which the sheet prints larger (TechniquePictures). */
    static boolean partner(String name) {
        return name.startsWith("partner-");
    }
}
