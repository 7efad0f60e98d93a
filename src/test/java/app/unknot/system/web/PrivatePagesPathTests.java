package app.unknot.system.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.RequestDispatcher;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.mock.web.MockHttpServletRequest;

/** Which addresses hold a routine, a session or the device's list, as the container hands them over. */
class PrivatePagesPathTests {

    @ParameterizedTest(name = "{0}?{1}: {2}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
        /routines                        | -                      | true
        /routines/abc                    | -                      | true
        /routines/abc/steps/1            | -                      | true
        /routines/abc/sessions.csv       | -                      | true
        /routines;x=y/abc                | -                      | true
        /api/routines                    | -                      | true
        /api/routines/abc/sessions       | -                      | true
        /routines/new                    | -                      | false
        /routines/new                    | area=neck&tool=lotion  | false
        /routines/new                    | area=neck&             | false
        /routines/new                    | from=abc               | true
        /routines/new                    | startFrom=abc          | true
        /routines/new                    | area=neck&from=abc     | true
        /routines/new                    | fr%6Fm=abc             | true
        /routines/new                    | %zz=abc                | true
        /routines-new                    | -                      | false
        /techniques                      | -                      | false
        /api/techniques                  | -                      | false
        /                                | -                      | false
        """)
    void aRequestIsPrivateByItsAddress(String path, String query, boolean expected) {
        var request = new MockHttpServletRequest("GET", path);
        request.setQueryString(query);

        assertThat(PrivatePages.isPrivate(request)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
        /routines/abc/sheet.pdf | true
        /api/routines/abc       | true
        /techniques/nope        | false
        -                       | false
        """)
    void anErrorPageIsPrivateWhenTheRequestThatFailedWas(String failed, boolean expected) {
        var request = new MockHttpServletRequest("GET", "/error");
        request.setDispatcherType(DispatcherType.ERROR);
        request.setAttribute(RequestDispatcher.ERROR_REQUEST_URI, failed);

        assertThat(PrivatePages.isPrivate(request)).isEqualTo(expected);
    }
}
