package app.unknot.catalog.picture;

import java.util.Set;

/**
 * One position, drawn in picture units (a standing figure is about 85 tall, the floor at y 92) with
 * the given areas of the person highlighted; the picture is cropped to what was drawn.
 */
@FunctionalInterface
interface Scene {

    void draw(SvgCanvas canvas, Set<String> worked);
}
