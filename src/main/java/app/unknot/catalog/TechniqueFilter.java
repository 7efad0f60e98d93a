package app.unknot.catalog;

import app.unknot.catalog.search.SearchWords;
import app.unknot.system.InvalidParameterException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A validated catalog filter: each part is optional, and they combine with "and".
 *
 * @param area body-area slug, or null
 * @param tool tool slug, or null
 * @param kind technique kind, or null
 * @param text what to search for (see {@link SearchWords}), or null
 * @param by who is to do it ({@link Performer#SELF} or {@link Performer#PARTNER}), or null
 */
public record TechniqueFilter(String area, String tool, TechniqueKind kind, String text, Performer by) {

    public static final int MAX_TEXT_LENGTH = 100;

    public static final TechniqueFilter NONE = new TechniqueFilter(null, null, null, null, null);

    public TechniqueFilter {
        text = blank(text) ? null : text.strip();
        if (text != null && text.length() > MAX_TEXT_LENGTH) {
            throw new IllegalArgumentException("search text longer than " + MAX_TEXT_LENGTH);
        }
        if (by == Performer.ANY) {
            throw new IllegalArgumentException("a technique is done by you or by a partner");
        }
    }

    /**
     * The filter that raw request parameters ask for.
     *
     * @throws InvalidParameterException naming the first parameter the catalog cannot use
     */
    public static TechniqueFilter of(Catalog catalog, String area, String tool, String kind, String text, String by) {
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
        return new TechniqueFilter(blank(area) ? null : area, blank(tool) ? null : tool, techniqueKind, text,
            blank(by) ? null : parseBy(by));
    }

    /** The same filter for another area (null for any). */
    public TechniqueFilter inArea(String otherArea) {
        return new TechniqueFilter(otherArea, tool, kind, text, by);
    }

    /**
     * The query string of this filter and page, with only the parameters in use (page 1 is no
     * parameter), so a shared address stays short: "?area=neck&by=self", or "" for everything.
     */
    public String query(int page) {
        var parameters = new LinkedHashMap<String, String>();
        parameters.put("q", text);
        parameters.put("area", area);
        parameters.put("tool", tool);
        parameters.put("kind", kind == null ? null : kind.slug());
        parameters.put("by", by == null ? null : by.slug());
        parameters.put("page", page == 1 ? null : String.valueOf(page));
        String query = parameters.entrySet().stream().filter(parameter -> parameter.getValue() != null)
            .map(parameter -> parameter.getKey() + "=" + URLEncoder.encode(parameter.getValue(), StandardCharsets.UTF_8))
            .collect(Collectors.joining("&"));
        return query.isEmpty() ? "" : "?" + query;
    }

    /** How many of the folded filters (area, tool, kind, who) are set: the Filter control says so. */
    public int choicesSet() {
        return (int) Stream.of(area, tool, kind, by).filter(Objects::nonNull).count();
    }

    /** True when only words were searched for: then an empty result is about the words. */
    public boolean onlyText() {
        return text != null && area == null && tool == null && kind == null && by == null;
    }

    /** Every criterion but the text, which {@link Catalog} looks up in its search words. */
    boolean matches(Technique technique) {
        return (area == null || technique.works(area))
            && (tool == null || technique.uses(tool))
            && (kind == null || technique.kind() == kind)
            && (by == null || technique.canBeDoneBy(by));
    }

    private static TechniqueKind parseKind(String kind) {
        try {
            return Slugged.fromSlug(TechniqueKind.class, kind);
        }
        catch (IllegalArgumentException ex) {
            throw new InvalidParameterException("kind");
        }
    }

    /** "any" is no choice of who does it: leave the filter out instead. */
    private static Performer parseBy(String by) {
        return Stream.of(Performer.SELF, Performer.PARTNER).filter(performer -> performer.slug().equals(by)).findFirst()
            .orElseThrow(() -> new InvalidParameterException("by"));
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
