package app.unknot.catalog.picture;

import java.util.Set;

/** A technique's picture as SVG, the areas it highlights, and what it shows in words (its text alternative). */
public record Picture(String slug, Set<String> worked, String text, String svg) {

    public Picture {
        worked = Set.copyOf(worked);
    }
}
