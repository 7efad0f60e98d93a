package app.unknot.catalog;

import app.unknot.UnknotApplication;
import app.unknot.catalog.content.CatalogContent;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * What search costs on the real catalog: making every language's search words (once per catalog, at
 * its first use) and one search in each language. Run:
 * {@code ./mvnw -Pbenchmark test-compile exec:exec -Dbenchmark=SearchBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class SearchBenchmark {

    private Catalog english;
    private Catalog spanish;
    private Catalog german;

    @Setup(Level.Trial)
    public void loadCatalog() {
        var app = new SpringApplication(UnknotApplication.class);
        app.setWebApplicationType(WebApplicationType.NONE);
        app.setDefaultProperties(Map.of("spring.datasource.url", "jdbc:h2:mem:benchmark;DB_CLOSE_DELAY=-1",
            "logging.level.root", "warn"));
        try (ConfigurableApplicationContext context = app.run()) {
            english = context.getBean(Catalog.class);
        }
        List<Translation> translations = CatalogContent.translations();
        spanish = language(translations, "es").catalog(english);
        german = language(translations, "de").catalog(english);
    }

    /** The three languages' search words, as each catalog makes them. */
    @Benchmark
    public List<TechniqueSearch> searchWordsOfAllThreeLanguages() {
        return List.of(new TechniqueSearch("en", english.techniques(), english.keywords()),
            new TechniqueSearch("es", spanish.techniques(), spanish.keywords()),
            new TechniqueSearch("de", german.techniques(), german.keywords()));
    }

    @Benchmark
    public List<Technique> searchInEnglish() {
        return english.techniques(new TechniqueFilter(null, null, null, "my stiff neck", null));
    }

    @Benchmark
    public List<Technique> searchInSpanish() {
        return spanish.techniques(new TechniqueFilter(null, null, null, "dolor de espalda", null));
    }

    @Benchmark
    public List<Technique> searchInGerman() {
        return german.techniques(new TechniqueFilter(null, null, null, "Rückenschmerzen", null));
    }

    private static Translation language(List<Translation> translations, String language) {
        return translations.stream().filter(translation -> translation.language().equals(language)).findFirst().orElseThrow();
    }
}
