package app.unknot.catalog;

import java.util.Set;

/** One position drawn into a 160 × 100 panel, the given areas of the person highlighted. */
@FunctionalInterface
interface Scene {

    double WIDTH = 160;
    double HEIGHT = 100;

    void draw(SvgCanvas canvas, Set<String> worked);
}
