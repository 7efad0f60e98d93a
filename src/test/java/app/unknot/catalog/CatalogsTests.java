package app.unknot.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The catalog in the reader's words, naming their emergency number; the rules' English left as it is. */
class CatalogsTests {

    private static final RedFlag CHEST_PAIN = new RedFlag("chest-pain", "Chest pain", "Tight chest.",
        "Call {emergency-number} now.", Urgency.EMERGENCY, List.of(), null, List.of("NHS"));

    private static final Catalog ENGLISH = new Catalog(List.of(CatalogFixture.area("neck")), List.of(CatalogFixture.tool("hands")),
        List.of(CatalogFixture.massage("neck-rub").areas("neck").build()), List.of(), List.of(), List.of(CHEST_PAIN),
        Map.of("neck-rub", List.of("stiff neck")));

    private static final Translation SPANISH = new Translation("es", Map.of("Chest pain", "Dolor en el pecho",
        "Call {emergency-number} now.", "Llama ahora al {emergency-number}."), Map.of("neck-rub", List.of("nuca")));

    private final Catalogs catalogs = new Catalogs(ENGLISH, List.of(SPANISH), new EmergencyNumbers(""));

    @Test
    void aReaderGetsTheirLanguageAndTheirCountrysNumber() {
        RedFlag mexico = advice(catalogs.in(Locale.forLanguageTag("es-MX")));
        assertThat(mexico.name()).isEqualTo("Dolor en el pecho");
        assertThat(mexico.advice()).isEqualTo("Llama ahora al 911.");
        assertThat(advice(catalogs.in(Locale.forLanguageTag("es-ES"))).advice()).isEqualTo("Llama ahora al 112.");
        assertThat(advice(catalogs.in(Locale.forLanguageTag("en-GB"))).advice()).isEqualTo("Call 999 now.");
    }

    @Test
    void aLanguageUnknotDoesNotSpeakReadsEnglish() {
        assertThat(advice(catalogs.in(Locale.forLanguageTag("fr-FR"))).advice()).isEqualTo("Call 112 now.");
    }

    @Test
    void aTextTheTranslationDoesNotKnowStaysEnglish() {
        Translation spanish = catalogs.translation(Locale.forLanguageTag("es-ES"));
        assertThat(spanish.text("Chest pain")).isEqualTo("Dolor en el pecho");
        assertThat(spanish.text("Words saved before the English changed")).isEqualTo("Words saved before the English changed");
    }

    @Test
    void eachLanguageSearchesWithItsOwnKeywords() {
        assertThat(catalogs.in(Locale.forLanguageTag("es")).techniques(TechniqueFilter.of(ENGLISH, null, null, null, "nuca", null)))
            .extracting(Technique::slug).containsExactly("neck-rub");
        assertThat(catalogs.in(Locale.forLanguageTag("en")).keywords()).isEqualTo(ENGLISH.keywords());
    }

    private static RedFlag advice(Catalog catalog) {
        return catalog.redFlagsIn(List.of("chest-pain")).get(0);
    }

    @Test
    void theRulesCatalogKeepsItsPlaceholder() {
        catalogs.in(Locale.forLanguageTag("en-US"));
        assertThat(advice(ENGLISH).advice()).isEqualTo("Call {emergency-number} now.");
    }
}
