package app.unknot.catalog.web;

import app.unknot.catalog.BodyArea;
import app.unknot.catalog.Catalog;
import app.unknot.catalog.Catalogs;
import app.unknot.catalog.Condition;
import app.unknot.catalog.RedFlag;
import app.unknot.catalog.Technique;
import app.unknot.catalog.TechniqueFilter;
import app.unknot.catalog.TechniqueSafety;
import app.unknot.catalog.Tool;
import app.unknot.system.InvalidParameterException;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The catalog as JSON, in the language the client asks for ({@code Accept-Language}, or {@code ?lang=}):
 * the contract other clients and the tests rely on. Areas, tools, conditions
 * and red flags are served as they are; techniques name their areas and tools by slug.
 */
@RestController
@RequestMapping("/api")
class CatalogApiController {

    private final Catalogs catalogs;
    private final TechniqueSafety safety;

    CatalogApiController(Catalogs catalogs, TechniqueSafety safety) {
        this.catalogs = catalogs;
        this.safety = safety;
    }

    @GetMapping("/body-areas")
    List<BodyArea> areas(Locale locale) {
        return catalogs.in(locale).areas();
    }

    @GetMapping("/tools")
    List<Tool> tools(Locale locale) {
        return catalogs.in(locale).tools();
    }

    @GetMapping("/conditions")
    List<Condition> conditions(Locale locale) {
        return catalogs.in(locale).conditions();
    }

    /**
     * Every warning sign, or with {@code area} and {@code condition} the ones the builder form asks of a
     * person who names those: the general ones, those about one of the areas, those asked with one of the
     * conditions.
     */
    @GetMapping("/red-flags")
    List<RedFlag> redFlags(@Parameter(description = "Body area slugs (repeat for more): only the warning signs asked of "
            + "someone who names them. A sign's own \"areas\" says which areas it is about, its \"askedWith\" the condition "
            + "it is asked with; a sign with neither is asked of everyone.")
            @RequestParam(required = false) List<String> area,
            @Parameter(description = "Condition slugs (repeat for more), with area: the signs asked with them too "
                + "(bleeding in pregnancy, with pregnancy).")
            @RequestParam(required = false) List<String> condition, Locale locale) {
        Catalog catalog = catalogs.in(locale);
        List<String> areas = area == null ? List.of() : area;
        List<String> conditions = condition == null ? List.of() : condition;
        if (areas.isEmpty() && conditions.isEmpty()) {
            return catalog.redFlags();
        }
        if (!areas.stream().allMatch(catalog::hasArea)) {
            throw new InvalidParameterException("area");
        }
        if (!conditions.stream().allMatch(catalog::hasCondition)) {
            throw new InvalidParameterException("condition");
        }
        return catalog.redFlagsAskedFor(areas, conditions);
    }

    /**
     * A page of 50 at most, in the catalog pages' order; {@code X-Total-Count} says how many there are
     * in all. {@code q} searches names, summaries, areas, tools and keywords; {@code by} is self or partner.
     * Past the last page the list is empty, so a client that reads on until then stops; {@code Link}
     * names the pages around it with the same filters.
     */
    @GetMapping("/techniques")
    @ApiResponse(responseCode = "200", description = "The page; past the last one, an empty list", headers = {
        @Header(name = "X-Total-Count", description = "How many techniques the filters let through, on every page",
            schema = @Schema(type = "integer")),
        @Header(name = "Link", description = "RFC 8288 links with the same filters: rel=\"first\" and \"last\", "
            + "and \"prev\" and \"next\" where there are such pages (past the end, prev is the last page)",
            schema = @Schema(type = "string"))})
    ResponseEntity<List<TechniqueJson.Summary>> techniques(@RequestParam(required = false) String area,
            @RequestParam(required = false) String tool, @RequestParam(required = false) String kind,
            @RequestParam(required = false) String q, @RequestParam(required = false) String by,
            @Parameter(description = "The page, from 1 (the default); past the last one the list is empty",
                schema = @Schema(type = "integer", minimum = "1", maximum = "9999"))
            @RequestParam(required = false) String page, Locale locale) {
        Catalog catalog = catalogs.in(locale);
        TechniqueFilter filter = TechniqueFilter.of(catalog, area, tool, kind, q, by);
        TechniquePage shown = TechniquePage.of(catalog.techniques(filter), TechniquePage.number(page));
        return ResponseEntity.ok().header("X-Total-Count", String.valueOf(shown.total()))
            .header(HttpHeaders.LINK, links(filter, shown))
            .body(shown.techniques().stream().map(TechniqueJson.Summary::of).toList());
    }

    /** Root-relative, as the Location headers are; the filter's query keeps only what is in use, encoded. */
    private static String links(TechniqueFilter filter, TechniquePage shown) {
        return shown.links().entrySet().stream()
            .map(link -> "</api/techniques" + filter.query(link.getValue()) + ">; rel=\"" + link.getKey() + "\"")
            .collect(Collectors.joining(", "));
    }

    @GetMapping("/techniques/{slug}")
    TechniqueJson.Details technique(@PathVariable String slug, Locale locale) {
        Technique technique = catalogs.in(locale).technique(slug);
        return TechniqueJson.Details.of(technique,
            catalogs.translation(locale).restrictionsByCondition(safety.ruledOutBy(technique)));
    }
}
