package app.unknot.system;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Ids in log messages are cut to four characters; other text is left as it was. */
class MaskedIdsTests {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        Refused a POST to /routines/AbCd3fGh1jKlMn0pQrStUv/delete | Refused a POST to /routines/AbCd…/delete
        uri=/api/routines/AbCd3fGh1jKlMn0pQrStUv                   | uri=/api/routines/AbCd…
        /api/routines/AbCd3fGh1jKlMn0pQrStUv/sessions/zz_-3fGh1jKlMn0pQrStUv | /api/routines/AbCd…/sessions/zz_-…
        /routines/AbCd3fGh1jKlMn0pQrStUv?paper=a4                   | /routines/AbCd…?paper=a4
        /routines/new                                               | /routines/new
        /routines/AbCd3fGh1jKlMn0pQrStUvX                           | /routines/AbCd3fGh1jKlMn0pQrStUvX
        AbCd3fGh1jKlMn0pQrStUv without a path                       | AbCd3fGh1jKlMn0pQrStUv without a path
        """)
    void masksIdsInAddresses(String message, String logged) {
        assertThat(MaskedIds.masked(message)).isEqualTo(logged);
    }
}
