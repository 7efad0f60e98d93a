package app.unknot.catalog;

import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The catalog as JSON: the contract other clients and the tests rely on. Names are slugs. */
@RestController
@RequestMapping("/api")
class CatalogApiController {

    private final Catalog catalog;
    private final TechniqueSafety safety;

    CatalogApiController(Catalog catalog, TechniqueSafety safety) {
        this.catalog = catalog;
        this.safety = safety;
    }

    @GetMapping("/body-areas")
    List<CatalogJson.Area> areas() {
        return catalog.areas().stream().map(CatalogJson.Area::of).toList();
    }

    @GetMapping("/tools")
    List<CatalogJson.ToolItem> tools() {
        return catalog.tools().stream().map(CatalogJson.ToolItem::of).toList();
    }

    @GetMapping("/conditions")
    List<CatalogJson.Condition> conditions() {
        return catalog.conditions().stream().map(CatalogJson.Condition::of).toList();
    }

    @GetMapping("/red-flags")
    List<CatalogJson.Flag> redFlags() {
        return catalog.redFlags().stream().map(CatalogJson.Flag::of).toList();
    }

    @GetMapping("/techniques")
    List<CatalogJson.TechniqueSummary> techniques(@RequestParam(required = false) String area,
            @RequestParam(required = false) String tool, @RequestParam(required = false) String kind,
            @RequestParam(required = false) String q) {
        return catalog.techniques(catalog.filter(area, tool, kind, q)).stream()
            .map(CatalogJson.TechniqueSummary::of).toList();
    }

    @GetMapping("/techniques/{slug}")
    CatalogJson.TechniqueDetails technique(@PathVariable String slug) {
        Technique technique = catalog.technique(slug);
        return CatalogJson.TechniqueDetails.of(technique, safety.ruledOutBy(technique));
    }
}
