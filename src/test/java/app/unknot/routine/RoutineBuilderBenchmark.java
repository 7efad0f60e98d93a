package app.unknot.routine;

import app.unknot.UnknotApplication;
import app.unknot.catalog.Catalog;
import app.unknot.catalog.Performer;
import app.unknot.routine.plan.RoutineBuilder;
import app.unknot.routine.plan.RoutinePlan;
import app.unknot.routine.plan.RoutineRequest;
import app.unknot.safety.SafetyAnswers;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
 * How long the builder takes per request on the real catalog (loaded once from an in-memory database
 * by the app's own migrations). Run: {@code ./mvnw -Pbenchmark test-compile exec:exec}; add
 * {@code -Dbenchmark="RoutineBuilderBenchmark -prof gc"} for allocation per request.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class RoutineBuilderBenchmark {

    private RoutineBuilder builder;

    private final RoutineRequest lowerBackAlone = new RoutineRequest(List.of("lower-back"), Set.of(), 15,
        Performer.SELF, new SafetyAnswers(Set.of(), Set.of(), Set.of(), 3, 1, false));
    private final RoutineRequest partnerWithConditions = new RoutineRequest(List.of("lower-back", "glutes", "calves"),
        Set.of("foam-roller", "tennis-ball"), 30, Performer.PARTNER, new SafetyAnswers(Set.of("dvt", "blood-thinners"), Set.of(),
        Set.of(), 5, 2, false));
    private final RoutineRequest everythingForAnHour = new RoutineRequest(
        List.of("lower-back", "upper-back", "neck", "shoulders", "glutes", "hips", "thighs", "hamstrings", "calves", "feet"),
        Set.of("lotion", "foam-roller", "tennis-ball", "golf-ball", "massage-gun", "neck-massager", "back-massager",
            "heated-massager"), 60, Performer.SELF, new SafetyAnswers(Set.of("fracture", "pregnancy"), Set.of("feet"), Set.of(), 4, 3, false));

    @Setup(Level.Trial)
    public void loadCatalog() {
        var app = new SpringApplication(UnknotApplication.class);
        app.setWebApplicationType(WebApplicationType.NONE);
        app.setDefaultProperties(Map.of("spring.datasource.url", "jdbc:h2:mem:benchmark;DB_CLOSE_DELAY=-1",
            "logging.level.root", "warn"));
        try (ConfigurableApplicationContext context = app.run()) {
            builder = new RoutineBuilder(context.getBean(Catalog.class));
        }
    }

    @Benchmark
    public RoutinePlan lowerBackAlone() {
        return builder.build(lowerBackAlone);
    }

    @Benchmark
    public RoutinePlan partnerWithConditions() {
        return builder.build(partnerWithConditions);
    }

    @Benchmark
    public RoutinePlan everythingForAnHour() {
        return builder.build(everythingForAnHour);
    }
}
