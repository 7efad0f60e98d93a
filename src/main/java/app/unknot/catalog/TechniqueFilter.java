package app.unknot.catalog;

import app.unknot.system.InvalidParameterException;
import java.util.Locale;

/**
 * A validated catalog filter: each part is optional, and they combine with "and".
 *
 * @param area body-area slug, or null
 * @param tool tool slug, or null
 * @param kind technique kind, or null
 * @param text words to find in the name or summary, ignoring case, or null
 */
public record TechniqueFilter(String area, String tool, TechniqueKind kind, String text) {

    public static final int MAX_TEXT_LENGTH = 100;

    public static final TechniqueFilter NONE = new TechniqueFilter(null, null, null, null);

    public TechniqueFilter {
        text = blank(text) ? null : text.strip();
        if (text != null && text.length() > MAX_TEXT_LENGTH) {
            throw new IllegalArgumentException("search text longer than " + MAX_TEXT_LENGTH);
        }
    }

    /**
     * The filter that raw request parameters ask for.
     *
     * @throws InvalidParameterException naming the first parameter the catalog cannot use
     */
    public static TechniqueFilter of(Catalog catalog, String area, String tool, String kind, String text) {
        if (!blank(area) && !catalog.hasArea(area)) {
            throw new InvalidParameterException("area");
        }
        if (!blank(tool) && !catalog.hasTool(tool)) {
            throw new InvalidParameterException("tool");
        }
        TechniqueKind techniqueKind = blank(kind) ? null : parseKind(kind);
        if (text != null && text.strip().length() > MAX_TEXT_LENGTH) {
            throw new InvalidParameterException("q", MAX_TEXT_LENGTH);
        }
        return new TechniqueFilter(blank(area) ? null : area, blank(tool) ? null : tool, techniqueKind, text);
    }

    boolean matches(Technique technique) {
        return (area == null || technique.works(area))
            && (tool == null || technique.uses(tool))
            && (kind == null || technique.kind() == kind)
            && (text == null || contains(technique.name(), text) || contains(technique.summary(), text));
    }

    private static boolean contains(String haystack, String needle) {
        return haystack.toLowerCase(Locale.ROOT).contains(needle.toLowerCase(Locale.ROOT));
    }

    private static TechniqueKind parseKind(String kind) {
        try {
            return Slugged.fromSlug(TechniqueKind.class, kind);
        }
        catch (IllegalArgumentException ex) {
            throw new InvalidParameterException("kind");
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
