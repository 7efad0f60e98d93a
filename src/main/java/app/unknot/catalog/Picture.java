package app.unknot.catalog;

/**
 * A technique's illustration: an SVG drawing and what it shows in words, for people who cannot
 * see it (the {@code alt} of its image).
 */
public record Picture(String slug, String description, String svg) {
}
