package app.unknot.catalog;

import app.unknot.model.CatalogEntry;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Join;
import java.util.Locale;
import org.springframework.data.jpa.domain.Specification;

/**
 * A validated catalog filter: each part is optional, and they combine with "and".
 *
 * @param area body-area slug, or null
 * @param tool tool slug, or null
 * @param kind technique kind, or null
 * @param text words to find in the name or summary, or null
 */
public record TechniqueFilter(String area, String tool, TechniqueKind kind, String text) {

    public static final int MAX_TEXT_LENGTH = 100;

    public static final TechniqueFilter NONE = new TechniqueFilter(null, null, null, null);

    public TechniqueFilter {
        text = text == null || text.isBlank() ? null : text.strip();
        if (text != null && text.length() > MAX_TEXT_LENGTH) {
            throw new IllegalArgumentException("search text longer than " + MAX_TEXT_LENGTH);
        }
    }

    Specification<Technique> toSpecification() {
        Specification<Technique> spec = (root, query, cb) -> cb.conjunction();
        if (area != null) {
            spec = spec.and(linkedTo("areas", area));
        }
        if (tool != null) {
            spec = spec.and(linkedTo("tools", tool));
        }
        if (kind != null) {
            spec = spec.and((root, query, cb) -> cb.equal(root.get("kind"), kind));
        }
        if (text != null) {
            String pattern = "%" + escapeLike(text.toLowerCase(Locale.ROOT)) + "%";
            spec = spec.and((root, query, cb) -> {
                Expression<String> name = cb.lower(root.get("name"));
                Expression<String> summary = cb.lower(root.get("summary"));
                return cb.or(cb.like(name, pattern, '\\'), cb.like(summary, pattern, '\\'));
            });
        }
        return spec;
    }

    /** The technique has an associated area or tool with this slug. */
    private static Specification<Technique> linkedTo(String association, String slug) {
        return (root, query, cb) -> {
            var sub = query.subquery(Integer.class);
            Join<Technique, CatalogEntry> linked = sub.correlate(root).join(association);
            return cb.exists(sub.select(linked.get("id")).where(cb.equal(linked.get("slug"), slug)));
        };
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
