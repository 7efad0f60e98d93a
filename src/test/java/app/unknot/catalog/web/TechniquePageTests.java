package app.unknot.catalog.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.unknot.catalog.CatalogFixture;
import app.unknot.catalog.Technique;
import app.unknot.catalog.TechniqueFilter;
import app.unknot.system.InvalidParameterException;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TechniquePageTests {

    private static final List<Technique> HUNDRED_AND_TWENTY = Collections.nCopies(120, CatalogFixture.technique("cat-cow"));

    @ParameterizedTest(name = "page {0} of 120: {1} shown, page {2} of {3}")
    @CsvSource({"1, 50, 1, 3", "2, 50, 2, 3", "3, 20, 3, 3", "4, 0, 4, 3", "9, 0, 9, 3"})
    void aListIsShownFiftyAtATimeAPagePastTheEndBeingEmpty(int asked, int shown, int page, int pages) {
        TechniquePage result = TechniquePage.of(HUNDRED_AND_TWENTY, asked);

        assertThat(result.techniques()).hasSize(shown);
        assertThat(result.page()).isEqualTo(page);
        assertThat(result.pages()).isEqualTo(pages);
        assertThat(result.total()).isEqualTo(120);
        assertThat(result.hasPrevious()).isEqualTo(page > 1);
        assertThat(result.hasNext()).isEqualTo(page < pages);
    }

    @ParameterizedTest(name = "page {0} of 120 or the last: page {1}, {2} shown")
    @CsvSource({"1, 1, 50", "3, 3, 20", "4, 3, 20", "9999, 3, 20"})
    void orLastShowsTheLastPagePastTheEnd(int asked, int page, int shown) {
        TechniquePage result = TechniquePage.orLast(HUNDRED_AND_TWENTY, asked);

        assertThat(result.page()).isEqualTo(page);
        assertThat(result.techniques()).hasSize(shown);
    }

    @ParameterizedTest(name = "page {1} of {0}: {2}")
    @CsvSource(delimiter = '|', value = {
        "120 | 1 | first=1, next=2, last=3",
        "120 | 2 | first=1, prev=1, next=3, last=3",
        "120 | 3 | first=1, prev=2, last=3",
        "120 | 4 | first=1, prev=3, last=3",
        "120 | 9 | first=1, prev=3, last=3",
        "50  | 1 | first=1, last=1",
        "0   | 1 | first=1, last=1",
        "0   | 2 | first=1, prev=1, last=1"})
    void linksLeadToThePagesThereAre(int size, int page, String links) {
        assertThat(TechniquePage.of(HUNDRED_AND_TWENTY.subList(0, size), page).links()).hasToString("{" + links + "}");
    }

    @ParameterizedTest(name = "\"{0}\" is page {1}")
    @CsvSource(value = {"NULL, 1", "'', 1", "' 2 ', 2", "9999, 9999"}, nullValues = "NULL")
    void theAskedPageIsReadOrTheFirst(String asked, int page) {
        assertThat(TechniquePage.number(asked)).isEqualTo(page);
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"0", "-1", "two", "10000", "1.5", "1e3"})
    void anythingButAPageNumberIsRefused(String asked) {
        assertThatThrownBy(() -> TechniquePage.number(asked)).isInstanceOf(InvalidParameterException.class);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"lower-back", "feet"})
    void anAreasTechniquesAreTheOnesThatWorkIt(String area) {
        assertThat(CatalogFixture.CATALOG.techniques(new TechniqueFilter(area, null, null, null, null)))
            .isNotEmpty().allSatisfy(technique -> assertThat(technique.works(area)).isTrue())
            .containsExactlyInAnyOrderElementsOf(CatalogFixture.TECHNIQUES.stream().filter(technique -> technique.works(area)).toList())
            .isSortedAccordingTo(Comparator.comparing(Technique::kind).thenComparingInt(technique -> technique.areas().size()));
    }
}
