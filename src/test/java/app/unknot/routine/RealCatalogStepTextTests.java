package app.unknot.routine;

import static org.assertj.core.api.Assertions.assertThat;

import app.unknot.catalog.Catalog;
import app.unknot.catalog.store.CatalogLoader;
import app.unknot.catalog.Instruction;
import app.unknot.catalog.Performer;
import app.unknot.catalog.Phase;
import app.unknot.catalog.Technique;
import app.unknot.routine.plan.RoutineBuilder;
import app.unknot.routine.plan.RoutineRequest;
import app.unknot.routine.plan.Step;
import app.unknot.safety.SafetyScreen;
import app.unknot.safety.SafetyAnswers;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.context.annotation.Import;

/**
 * What a step says fits the step, over the many routines {@link RealCatalogSafetyTests#requests()}
 * builds from the real catalog: no instruction names a time the timer could contradict, the lines
 * shown fit the routine's areas and tools, and a routine starts with a warm-up when a safe one exists.
 */
@DataJpaTest
@Import(CatalogLoader.class)
class RealCatalogStepTextTests {

    /**
     * A stated time: minutes of anything, or seconds. Only a rhythm of up to 10 seconds (a stroke, a
     * breath, a roll each way) may stay: no step or side is that short, so it cannot be the step's time.
     */
    private static final String NUMBER = "(\\d+|one|two|three|four|five|six|seven|eight|nine|ten|fifteen|twenty|thirty|forty|a|half a)";
    private static final Pattern STATED_TIME = Pattern.compile(
        "(?i)\\b(?:" + NUMBER + "(?:\\s+(?:to|or)\\s+" + NUMBER + ")?\\s+seconds?|minutes?)\\b");
    private static final Map<String, Integer> SMALL = Map.ofEntries(Map.entry("a", 1), Map.entry("one", 1),
        Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6),
        Map.entry("seven", 7), Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10));

    @Autowired
    Catalog catalog;

    RoutineBuilder builder;

    @BeforeEach
    void realCatalog() {
        builder = new RoutineBuilder(catalog);
    }

    @Test
    void theFinderCatchesTheTimesTheOldTextNamed() {
        assertThat(statedTimes("Keep going for about three minutes, then rest.")).containsExactly("minutes");
        assertThat(statedTimes("Hold for 20 to 30 seconds, breathing slowly.")).containsExactly("20 to 30 seconds");
        assertThat(statedTimes("After about a minute, switch legs.")).containsExactly("minute");
        assertThat(statedTimes("One stroke every four or five seconds; roll about three seconds each way.")).isEmpty();
    }

    @Test
    void noInstructionOfAnyTechniqueNamesAStepsTime() {
        for (Technique technique : catalog.techniques()) {
            for (String line : technique.instructionTexts()) {
                assertThat(statedTimes(line)).as("%s: %s", technique.slug(), line).isEmpty();
            }
        }
    }

    @Test
    void everyStepNamesNoTimeAndShowsOnlyTheLinesForItsAreasAndTools() {
        int steps = 0;
        for (RoutineRequest request : RealCatalogSafetyTests.requests()) {
            Set<String> tools = new HashSet<>(catalog.alwaysAvailableTools());
            tools.addAll(request.tools());
            for (Step step : builder.build(request).steps()) {
                steps++;
                Technique shown = step.technique();
                Technique full = catalog.technique(shown.slug());
                boolean hasLinesForTheseAreas = full.instructions().stream()
                    .anyMatch(line -> line.onlyForArea() != null && step.areas().contains(line.onlyForArea()));
                for (Instruction line : shown.instructions()) {
                    assertThat(statedTimes(line.text())).as("a time the %s s timer could contradict, in %s: %s",
                        step.seconds(), shown.slug(), line.text()).isEmpty();
                    assertThat(line.onlyWithTool() == null || tools.contains(line.onlyWithTool()))
                        .as("%s in %s: %s", shown.slug(), request, line.text()).isTrue();
                    assertThat(line.onlyForArea() == null || !hasLinesForTheseAreas || step.areas().contains(line.onlyForArea()))
                        .as("%s in %s: %s", shown.slug(), request, line.text()).isTrue();
                }
                assertThat(shown.instructions()).as("%s in %s", shown.slug(), request).isNotEmpty();
                if (!tools.contains("lotion")) {
                    assertThat(String.join(" ", shown.instructionTexts())).as("%s in %s", shown.slug(), request)
                        .doesNotContainIgnoringCase("lotion");
                }
            }
        }
        assertThat(steps).isGreaterThan(10_000);
    }

    @Test
    void noStepLastsLongerThanATherapistWouldAskForItsTechnique() {
        for (RoutineRequest request : RealCatalogSafetyTests.requests()) {
            for (Step step : builder.build(request).steps()) {
                assertThat(step.seconds()).as("%s in %s", step.technique().slug(), request)
                    .isLessThanOrEqualTo(catalog.technique(step.technique().slug()).longestSeconds());
            }
        }
        assertThat(catalog.technique("seated-lower-back-self-massage").longestSeconds()).as("thumb circles").isEqualTo(240);
    }

    @Test
    void aLowerBackWarmUpTalksAboutTheLowerBackOnly() {
        var request = new RoutineRequest(List.of("lower-back"), Set.of(), 15, Performer.SELF,
            new SafetyAnswers(Set.of(), Set.of(), Set.of(), 3, 1, false));
        Step warmUp = builder.build(request).steps().get(0);

        assertThat(warmUp.phase()).isEqualTo(Phase.WARM_UP);
        assertThat(String.join(" ", warmUp.technique().instructionTexts())).contains("lower back")
            .doesNotContain("neck", "chest", "lotion");
    }

    @Test
    void everyRoutineOpensWithAWarmUpWhenASafeOneWorksItsAreas() {
        int opened = 0;
        for (RoutineRequest request : RealCatalogSafetyTests.requests()) {
            List<Step> steps = builder.build(request).steps();
            SafetyScreen screen = new SafetyScreen(catalog, request.screening());
            // A technique is not its own warm-up: head and temple massage, the only one for the head.
            Set<String> usedOtherwise = new HashSet<>(steps.stream().filter(step -> step.phase() != Phase.WARM_UP)
                .map(step -> step.technique().slug()).toList());
            boolean safeWarmUp = builder.candidates(request).stream()
                .filter(technique -> technique.phases().contains(Phase.WARM_UP))
                .filter(technique -> !usedOtherwise.contains(technique.slug()))
                .anyMatch(technique -> screen.ruleOut(technique).isEmpty());
            if (!steps.isEmpty() && safeWarmUp) {
                assertThat(steps.get(0).phase()).as("%s", request).isEqualTo(Phase.WARM_UP);
                opened++;
            }
        }
        assertThat(opened).isGreaterThan(1000);
    }

    @Test
    void noTechniqueIsNamedForAPhase() {
        assertThat(catalog.techniques()).allSatisfy(technique ->
            assertThat(technique.name()).doesNotContainIgnoringCase("warm-up").doesNotContainIgnoringCase("cool-down"));
    }

    /** The times a line names that a timer could contradict. */
    private static List<String> statedTimes(String line) {
        List<String> found = new ArrayList<>();
        Matcher time = STATED_TIME.matcher(line);
        while (time.find()) {
            boolean rhythm = time.group(1) != null && rhythmSeconds(time.group(1)) && (time.group(2) == null || rhythmSeconds(time.group(2)));
            if (!rhythm) {
                found.add(time.group());
            }
        }
        return found;
    }

    private static boolean rhythmSeconds(String number) {
        String word = number.toLowerCase();
        int seconds = word.chars().allMatch(Character::isDigit) ? Integer.parseInt(word) : SMALL.getOrDefault(word, Integer.MAX_VALUE);
        return seconds <= 10;
    }
}
