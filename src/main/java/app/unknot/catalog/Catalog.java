package app.unknot.catalog;

import app.unknot.model.CatalogEntry;
import app.unknot.system.InvalidParameterException;
import app.unknot.system.NotFoundException;
import java.util.List;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Read access to the catalog for pages and the API, with filter values checked against it. */
@Service
@Transactional(readOnly = true)
public class Catalog {

    private final BodyAreaRepository areas;
    private final ToolRepository tools;
    private final TechniqueRepository techniques;
    private final HealthConditionRepository conditions;
    private final ConditionRestrictionRepository restrictions;
    private final RedFlagRepository redFlags;

    Catalog(BodyAreaRepository areas, ToolRepository tools, TechniqueRepository techniques,
            HealthConditionRepository conditions, ConditionRestrictionRepository restrictions,
            RedFlagRepository redFlags) {
        this.areas = areas;
        this.tools = tools;
        this.techniques = techniques;
        this.conditions = conditions;
        this.restrictions = restrictions;
        this.redFlags = redFlags;
    }

    public List<BodyArea> areas() {
        return areas.findAllByOrderByPosition();
    }

    public List<Tool> tools() {
        return tools.findAllByOrderByPosition();
    }

    public List<HealthCondition> conditions() {
        return conditions.findAllByOrderByPosition();
    }

    public List<ConditionRestriction> restrictions() {
        return restrictions.findAllByOrderByConditionPositionAscIdAsc();
    }

    public List<RedFlag> redFlags() {
        return redFlags.findAllByOrderByPosition();
    }

    public List<Technique> techniques(TechniqueFilter filter) {
        return techniques.findAll(filter.toSpecification(), Sort.by("name"));
    }

    public Technique technique(String slug) {
        return techniques.findBySlug(slug).orElseThrow(() -> new NotFoundException("technique"));
    }

    /** Every technique, fully loaded, in catalog order. */
    public List<Technique> allTechniques() {
        return techniques.findAllByOrderById();
    }

    /**
     * Checks raw filter parameters against the catalog.
     *
     * @throws InvalidParameterException naming the first parameter with an unknown value
     */
    public TechniqueFilter filter(String area, String tool, String kind, String text) {
        String areaSlug = known("area", area, areas());
        String toolSlug = known("tool", tool, tools());
        TechniqueKind techniqueKind = blank(kind) ? null : parseKind(kind);
        if (text != null && text.strip().length() > TechniqueFilter.MAX_TEXT_LENGTH) {
            throw new InvalidParameterException("q",
                "Search text can be at most " + TechniqueFilter.MAX_TEXT_LENGTH + " characters.");
        }
        return new TechniqueFilter(areaSlug, toolSlug, techniqueKind, text);
    }

    private static String known(String parameter, String value, List<? extends CatalogEntry> entries) {
        if (blank(value)) {
            return null;
        }
        if (entries.stream().noneMatch(entry -> entry.getSlug().equals(value))) {
            throw new InvalidParameterException(parameter, "There is no " + parameter + " called this. Choose one from the list.");
        }
        return value;
    }

    private static TechniqueKind parseKind(String kind) {
        try {
            return TechniqueKind.fromSlug(kind);
        }
        catch (IllegalArgumentException ex) {
            throw new InvalidParameterException("kind", "Kind must be massage or stretch.");
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
