package app.unknot.catalog.picture;

import java.util.Set;

/**
 * A technique's illustration as SVG, and the areas it highlights. What it shows in words, its text
 * alternative, is the message {@code picture.<slug>}.
 */
public record Picture(String slug, Set<String> worked, String svg) {

    public Picture {
        worked = Set.copyOf(worked);
    }
}
