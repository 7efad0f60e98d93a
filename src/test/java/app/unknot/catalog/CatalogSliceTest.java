package app.unknot.catalog;

import static app.unknot.catalog.CatalogTestData.area;
import static app.unknot.catalog.CatalogTestData.condition;
import static app.unknot.catalog.CatalogTestData.flatBack;
import static app.unknot.catalog.CatalogTestData.redFlag;
import static app.unknot.catalog.CatalogTestData.tool;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/**
 * Shared set-up for the catalog's web slice tests: the real {@link Catalog} (so filter values are
 * really checked) over mocked repositories holding a tiny catalog.
 */
@Import(Catalog.class)
abstract class CatalogSliceTest {

    @MockitoBean
    BodyAreaRepository areas;
    @MockitoBean
    ToolRepository tools;
    @MockitoBean
    TechniqueRepository techniques;
    @MockitoBean
    HealthConditionRepository conditions;
    @MockitoBean
    ConditionRestrictionRepository restrictions;
    @MockitoBean
    RedFlagRepository redFlags;
    @MockitoBean
    TechniqueSafety safety;

    @BeforeEach
    void smallCatalog() {
        given(areas.findAllByOrderByPosition()).willReturn(List.of(area("lower-back", "Lower back", 6)));
        given(tools.findAllByOrderByPosition()).willReturn(List.of(tool("couch", "Couch", true, 10)));
        given(techniques.findAll(any(Specification.class), any(Sort.class))).willReturn(List.of(flatBack()));
        given(techniques.findBySlug("flat-back-90-90")).willReturn(Optional.of(flatBack()));
        given(techniques.findBySlug("no-such-technique")).willReturn(Optional.empty());
        given(conditions.findAllByOrderByPosition()).willReturn(List.of(condition("dvt", "Deep vein thrombosis", false)));
        given(redFlags.findAllByOrderByPosition()).willReturn(List.of(
            redFlag("chest-pain", "Chest pain", Urgency.EMERGENCY), redFlag("fever", "Fever", Urgency.URGENT)));
        given(safety.ruledOutBy(any(Technique.class))).willReturn(List.of(
            new RuledOut("pregnancy", "Pregnancy", "Lying flat on your back for long is best avoided.")));
    }
}
