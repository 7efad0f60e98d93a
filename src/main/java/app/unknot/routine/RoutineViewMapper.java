package app.unknot.routine;

import app.unknot.catalog.Catalog;
import app.unknot.catalog.RedFlag;
import app.unknot.catalog.Technique;
import app.unknot.catalog.Tool;
import app.unknot.safety.PainRule;
import app.unknot.safety.Screening;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Words a stored routine for pages and the API, from the catalog and messages.properties. */
@Component
class RoutineViewMapper {

    private final Catalog catalog;
    private final MessageSource messages;

    RoutineViewMapper(Catalog catalog, MessageSource messages) {
        this.catalog = catalog;
        this.messages = messages;
    }

    RoutineView toView(RoutineEntity routine, Locale locale) {
        RoutineRequest request = routine.request();
        List<StepView> steps = new ArrayList<>();
        for (StepEntity stored : routine.steps()) {
            Technique technique = catalog.technique(stored.techniqueSlug());
            String worked = inSentence(stored.areas().stream().map(slug -> catalog.area(slug).name()).toList(), locale);
            String reason = messages.getMessage("routine.reason." + stored.reason().slug(), new Object[] {worked}, locale);
            steps.add(new StepView(steps.size() + 1, stored.phase(), technique, stored.performer(), stored.areas(),
                stored.seconds(), reason, technique.tools().stream().map(Tool::name).toList()));
        }
        List<ExclusionView> excluded = routine.exclusions().stream().map(e -> excluded(e, locale)).toList();
        List<RedFlag> flags = catalog.redFlagsIn(request.screening().redFlags()).stream()
            .sorted(Comparator.comparing(RedFlag::urgency)).toList();
        return new RoutineView(routine.id(), routine.createdAt(), routine.status(), routine.urgency(), request.minutes(),
            request.performer(), request.areas().stream().map(slug -> catalog.area(slug).name()).toList(),
            routine.totalSeconds(), steps, excluded, advice(routine.advice(), request.screening(), locale), flags);
    }

    private List<String> advice(List<Advice> advice, Screening screening, Locale locale) {
        List<String> worded = new ArrayList<>();
        for (Advice item : advice) {
            if (item == Advice.CONDITION) {
                catalog.conditionsIn(screening.conditions()).forEach(c -> worded.add(c.name() + ": " + c.advice()));
            }
            else {
                worded.add(messages.getMessage("routine.advice." + item.slug(), null, locale));
            }
        }
        return worded;
    }

    /** A condition's exclusion carries the catalog's words; a pain rule's are worded here, with its threshold. */
    private ExclusionView excluded(ExclusionEntity exclusion, Locale locale) {
        String rule = exclusion.rule();
        String ruleName = PainRule.withSlug(rule)
            .map(pain -> messages.getMessage("routine.rule." + rule, new Object[] {pain.threshold()}, locale))
            .orElseGet(() -> catalog.condition(rule).name());
        String reason = PainRule.withSlug(rule)
            .map(pain -> messages.getMessage("routine.exclusion." + rule,
                new Object[] {pain.threshold(), Screening.MAX_PAIN_LEVEL}, locale))
            .orElse(exclusion.reason());
        return new ExclusionView(exclusion.techniqueSlug(), catalog.technique(exclusion.techniqueSlug()).name(), rule,
            ruleName, reason);
    }

    /** Area names inside a sentence: "neck and shoulders", "neck, shoulders and upper back". */
    private String inSentence(List<String> names, Locale locale) {
        List<String> words = names.stream().map(RoutineViewMapper::lowerFirst).toList();
        if (words.size() == 1) {
            return words.get(0);
        }
        String and = messages.getMessage("routine.and", null, locale);
        return String.join(", ", words.subList(0, words.size() - 1)) + " " + and + " " + words.get(words.size() - 1);
    }

    /** "Lower back" reads "lower back" mid-sentence; "IT band" keeps its capitals. */
    private static String lowerFirst(String text) {
        if (text.length() < 2 || !Character.isLowerCase(text.charAt(1))) {
            return text;
        }
        return Character.toLowerCase(text.charAt(0)) + text.substring(1);
    }
}
