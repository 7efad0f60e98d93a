package app.unknot.system.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which language and country a visitor gets, from their choice and their browser's Accept-Language. */
class LanguagesTests {

    @ParameterizedTest(name = "chosen {0}, browser asks {1}: {2}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
        -  | -                                  | en-GB
        -  | ''                                 | en-GB
        -  | en-US,en;q=0.9                     | en-US
        -  | en                                 | en-GB
        -  | es-ES,es;q=0.9                     | es-ES
        -  | es-MX                              | es-MX
        -  | es-419,es;q=0.9                    | es
        -  | es                                 | es
        -  | de-DE,de;q=0.9,en;q=0.8            | de-DE
        -  | de-CH                              | de-CH
        -  | fr-FR,fr;q=0.9,de;q=0.8            | de-FR
        -  | fr-CA                              | en-CA
        -  | pt-BR,pt;q=0.9                     | en-BR
        -  | en;q=0.5,es;q=0.9                  | es
        -  | de;q=0,es                          | es
        -  | *                                  | en-GB
        es | en-US,en;q=0.9                     | es-US
        es | -                                  | es
        de | es-MX,de-AT;q=0.5                  | de-AT
        en | de-DE                              | en-DE
        fr | de-DE                              | de-DE
        '' | es-ES                              | es-ES
        -  | not a header ;;; q=x               | en-GB
        """)
    void resolves(String chosen, String acceptLanguage, String expected) {
        assertThat(Languages.resolve(chosen, acceptLanguage).toLanguageTag()).isEqualTo(expected);
    }
}
