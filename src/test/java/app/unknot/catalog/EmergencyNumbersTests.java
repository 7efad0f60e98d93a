package app.unknot.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The number to call follows the reader's country, unless the operator names one. */
class EmergencyNumbersTests {

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({"en-GB, 999", "en-US, 911", "es-ES, 112", "es-MX, 911", "de-DE, 112", "de-AT, 112", "de-CH, 112",
        "en-AU, 000", "en-NZ, 111", "es-AR, 107", "es-CL, 131", "es-CO, 123", "es-PE, 106", "es, 112", "en, 112", "fr-FR, 112"})
    void byTheReadersCountry(String reader, String number) {
        assertThat(new EmergencyNumbers("").of(Locale.forLanguageTag(reader))).isEqualTo(number);
    }

    @Test
    void anOperatorsNumberAlwaysApplies() {
        assertThat(new EmergencyNumbers("116117").of(Locale.forLanguageTag("en-US"))).isEqualTo("116117");
    }

    @Test
    void anOperatorsNumberIsDigits() {
        assertThatThrownBy(() -> new EmergencyNumbers("call 999")).hasMessageContaining("2 to 15 digits");
    }
}
