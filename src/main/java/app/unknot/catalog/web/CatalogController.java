package app.unknot.catalog.web;

import app.unknot.catalog.bodymap.BodyMap;
import app.unknot.catalog.BodyArea;
import app.unknot.catalog.Catalog;
import app.unknot.catalog.Catalogs;
import app.unknot.catalog.Performer;
import app.unknot.catalog.RedFlag;
import app.unknot.catalog.Restriction;
import app.unknot.catalog.Technique;
import app.unknot.catalog.TechniqueFilter;
import app.unknot.catalog.TechniqueKind;
import app.unknot.catalog.TechniqueSafety;
import app.unknot.catalog.Tool;
import app.unknot.catalog.Urgency;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** Catalog pages: browse and filter techniques, read one, and the safety page. */
@Controller
class CatalogController {

    private static final int SIMILAR = 4;

    private final Catalogs catalogs;
    private final TechniqueSafety safety;

    CatalogController(Catalogs catalogs, TechniqueSafety safety) {
        this.catalogs = catalogs;
        this.safety = safety;
    }

    @GetMapping("/techniques")
    String list(@RequestParam(required = false) String area, @RequestParam(required = false) String tool,
                @RequestParam(required = false) String kind, @RequestParam(required = false) String q,
                @RequestParam(required = false) String by, @RequestParam(required = false) String page, Locale locale,
                Model model) {
        Catalog catalog = catalogs.in(locale);
        TechniqueFilter filter = TechniqueFilter.of(catalog, area, tool, kind, q, by);
        TechniquePage shown = TechniquePage.orLast(catalog.techniques(filter), TechniquePage.number(page));
        model.addAttribute("filter", filter);
        model.addAttribute("page", shown);
        model.addAttribute("techniques", shown.techniques());
        model.addAttribute("areas", catalog.areas());
        model.addAttribute("tools", catalog.tools());
        model.addAttribute("kinds", List.of(TechniqueKind.values()));
        model.addAttribute("performers", List.of(Performer.SELF, Performer.PARTNER));
        model.addAttribute("maxTextLength", TechniqueFilter.MAX_TEXT_LENGTH);
        model.addAttribute("bodyMap", BodyMap.INSTANCE);
        model.addAttribute("pageScripts", List.of("/js/catalog.js"));
        return "catalog/techniqueList";
    }

    @GetMapping("/techniques/{slug}")
    String show(@PathVariable String slug, Locale locale, Model model) {
        Catalog catalog = catalogs.in(locale);
        Technique technique = catalog.technique(slug);
        model.addAttribute("technique", technique);
        model.addAttribute("ruledOutBy", catalogs.translation(locale).restrictionsByCondition(safety.ruledOutBy(technique)));
        model.addAttribute("ownTools", technique.tools().stream().filter(tool -> !tool.alwaysAvailable()).map(Tool::slug).toList());
        model.addAttribute("similar", similar(catalog, technique));
        model.addAttribute("bodyMap", BodyMap.INSTANCE);
        model.addAttribute("areaNames", technique.areas().stream().collect(Collectors.toMap(BodyArea::slug, BodyArea::name)));
        return "catalog/techniqueDetails";
    }

    /** Up to four others for the same areas: those sharing the most areas first, then in catalog order. */
    private static List<Technique> similar(Catalog catalog, Technique technique) {
        return catalog.techniques().stream()
            .filter(other -> !other.slug().equals(technique.slug()) && other.worksAnyOf(technique.areaSlugs()))
            .sorted(Comparator.comparingLong((Technique other) -> other.areaSlugs().stream().filter(technique::works).count())
                .reversed())
            .limit(SIMILAR).toList();
    }

    @GetMapping("/conditions")
    String conditions(Locale locale, Model model) {
        Catalog catalog = catalogs.in(locale);
        model.addAttribute("conditions", catalog.conditions());
        model.addAttribute("restrictionsByCondition", catalog.restrictions().stream()
            .collect(Collectors.groupingBy(Restriction::condition, LinkedHashMap::new, Collectors.toList())));
        Map<Urgency, List<RedFlag>> byUrgency = catalog.redFlags().stream()
            .collect(Collectors.groupingBy(RedFlag::urgency, LinkedHashMap::new, Collectors.toList()));
        model.addAttribute("redFlagsByUrgency", byUrgency);
        model.addAttribute("askedFor", catalog.redFlags().stream().collect(Collectors.toMap(RedFlag::slug,
            flag -> flag.areas().stream().map(area -> catalog.area(area).name()).toList())));
        // Every source once, in the order the page first names it.
        model.addAttribute("sources", Stream.concat(catalog.redFlags().stream().flatMap(flag -> flag.sources().stream()),
            catalog.conditions().stream().flatMap(condition -> condition.sources().stream())).distinct().toList());
        return "catalog/conditions";
    }
}
