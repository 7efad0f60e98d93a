package app.unknot.routine;

import static org.assertj.core.api.Assertions.assertThat;

import app.unknot.catalog.Performer;
import app.unknot.catalog.Phase;
import app.unknot.catalog.Posture;
import app.unknot.catalog.Pressure;
import app.unknot.catalog.Slugged;
import app.unknot.catalog.TechniqueKind;
import app.unknot.catalog.Urgency;
import app.unknot.routine.plan.Advice;
import app.unknot.routine.plan.StepReason;
import app.unknot.safety.Exclusion.PersonalRule;
import app.unknot.safety.PainRule;
import app.unknot.safety.SafetyAnswers;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * Every message key the templates and the code build from a value ({@code 'phase.' + slug}, a
 * pain rule, a refused parameter) exists, so no page can ever show {@code ??phase.warm-up_en??}.
 * A new enum constant without its words fails here.
 */
class MessageKeysTests {

    static final ResourceBundleMessageSource MESSAGES = new ResourceBundleMessageSource();

    static {
        MESSAGES.setBasename("messages/messages");
        MESSAGES.setDefaultEncoding("UTF-8");
        MESSAGES.setUseCodeAsDefaultMessage(false);
    }

    static Stream<String> builtKeys() {
        List<String> keys = new ArrayList<>();
        keys.addAll(withPrefixes(Phase.values(), "phase."));
        keys.addAll(withPrefixes(Posture.values(), "posture."));
        keys.addAll(withPrefixes(Pressure.values(), "pressure."));
        keys.addAll(withPrefixes(TechniqueKind.values(), "kind."));
        keys.addAll(withPrefixes(Performer.values(), "performer."));
        keys.addAll(withPrefixes(new Performer[] {Performer.SELF, Performer.PARTNER},
            "routine.show.by.", "routine.show.performer.", "routine.form.performer."));
        for (Urgency urgency : Urgency.values()) {
            keys.addAll(List.of("urgency." + urgency.slug() + ".heading", "urgency." + urgency.slug() + ".action",
                "urgency." + urgency.slug() + ".short", "routine.stop.title." + urgency.slug(),
                "routine.stop.heading." + urgency.slug()));
        }
        keys.addAll(withPrefixes(StepReason.values(), "routine.reason."));
        keys.addAll(withPrefixes(Arrays.stream(Advice.values()).filter(advice -> advice != Advice.CONDITION)
            .toArray(Advice[]::new), "routine.advice."));
        keys.addAll(withPrefixes(PainRule.values(), "routine.rule.", "routine.exclusion."));
        keys.addAll(withPrefixes(PersonalRule.values(), "routine.rule."));
        keys.addAll(List.of("sides.1", "sides.2", "invalid.area", "invalid.tool", "invalid.kind", "invalid.q",
            "notFound.technique", "notFound.routine", "notFound.steps", "notFound.step"));
        return keys.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("builtKeys")
    void everyBuiltKeyHasItsWords(String key) {
        assertThat(MESSAGES.getMessage(key, null, null, Locale.ENGLISH)).as(key).isNotBlank();
    }

    /** Two messages cannot take the top of the pain scale as an argument, so they are held to it here. */
    @Test
    void thePainScaleInWordsIsTheOneTheRulesUse() {
        String scale = "from 0 to " + SafetyAnswers.MAX_PAIN_LEVEL + ".";
        assertThat(MESSAGES.getMessage("NotNull.routineForm.painLevel", null, Locale.ENGLISH)).endsWith(scale);
        assertThat(MESSAGES.getMessage("typeMismatch.routineForm.painLevel", null, Locale.ENGLISH)).endsWith(scale);
    }

    private static List<String> withPrefixes(Slugged[] values, String... prefixes) {
        return Arrays.stream(prefixes).flatMap(prefix -> Arrays.stream(values).map(value -> prefix + value.slug())).toList();
    }
}
