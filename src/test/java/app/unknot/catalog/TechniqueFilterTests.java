package app.unknot.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A filter's address names only what is in use, so it can be shared as it is. */
class TechniqueFilterTests {

    @ParameterizedTest(name = "{0} {1} {2} {3} page {4}: \"{5}\"")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
        "-          | -       | -      | -        | 1 | ''",
        "neck       | -       | -      | -        | 1 | ?area=neck",
        "neck       | -       | -      | -        | 2 | ?area=neck&page=2",
        "-          | -       | -      | -        | 3 | ?page=3",
        "-          | stretch | partner| -        | 1 | ?kind=stretch&by=partner",
        "lower-back | massage | self   | my neck & back | 1 | ?q=my+neck+%26+back&area=lower-back&kind=massage&by=self"})
    void theQueryHasOnlyTheFiltersInUse(String area, String kind, String by, String text, int page, String query) {
        var filter = TechniqueFilter.of(CatalogFixture.CATALOG, area, null, kind, text, by);
        assertThat(filter.query(page)).isEqualTo(query);
    }

    @ParameterizedTest(name = "to {0}")
    @CsvSource(nullValues = "-", value = {"feet, ?area=feet&by=self", "-, ?by=self"})
    void anotherAreaKeepsTheOtherFilters(String area, String query) {
        var filter = TechniqueFilter.of(CatalogFixture.CATALOG, "neck", null, null, null, "self");
        assertThat(filter.inArea(area).query(1)).isEqualTo(query);
    }
}
