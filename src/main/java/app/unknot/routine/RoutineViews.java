package app.unknot.routine;

import app.unknot.catalog.BodyArea;
import app.unknot.catalog.Catalog;
import app.unknot.catalog.HealthCondition;
import app.unknot.catalog.Tool;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Words a saved routine for pages and the API, from the catalog and messages.properties. */
@Component
public class RoutineViews {

    private final Routines routines;
    private final SafetyCatalogSource cards;
    private final Catalog catalog;
    private final MessageSource messages;

    RoutineViews(Routines routines, SafetyCatalogSource cards, Catalog catalog, MessageSource messages) {
        this.routines = routines;
        this.cards = cards;
        this.catalog = catalog;
        this.messages = messages;
    }

    /**
     * The saved routine with this id, worded for the locale.
     *
     * @throws app.unknot.system.NotFoundException when there is none
     */
    public RoutineView find(String id, Locale locale) {
        return of(routines.find(id), locale);
    }

    RoutineView of(Routine routine, Locale locale) {
        RoutineRequest request = routine.request();
        Map<String, String> areaNames = catalog.areas().stream()
            .collect(Collectors.toMap(BodyArea::getSlug, BodyArea::getName));
        List<HealthCondition> conditions = catalog.conditions();
        Map<String, String> toolNames = catalog.tools().stream().collect(Collectors.toMap(Tool::getSlug, Tool::getName));

        List<RoutineView.Step> steps = new ArrayList<>();
        for (SavedStep saved : routine.steps()) {
            String worked = inSentence(saved.areas().stream().map(areaNames::get).toList(), locale);
            String reason = messages.getMessage("routine.reason." + saved.reason().name(), new Object[] {worked}, locale);
            TechniqueCard card = cards.card(saved.techniqueSlug());
            steps.add(new RoutineView.Step(steps.size() + 1, saved.phase().slug(), card, saved.performer().slug(),
                saved.areas(), saved.seconds(), reason, card.tools().stream().map(toolNames::get).toList()));
        }

        Map<String, String> conditionNames = conditions.stream()
            .collect(Collectors.toMap(HealthCondition::getSlug, HealthCondition::getName));
        List<RoutineView.Excluded> excluded = routine.exclusions().stream()
            .map(e -> excluded(e, conditionNames.get(e.rule()), locale))
            .toList();

        List<String> advice = new ArrayList<>();
        for (Advice item : routine.advice()) {
            if (item == Advice.CONDITION) {
                conditions.stream().filter(c -> request.conditions().contains(c.getSlug()))
                    .forEach(c -> advice.add(c.getName() + ": " + c.getAdvice()));
            }
            else {
                advice.add(messages.getMessage("routine.advice." + item.name(), null, locale));
            }
        }

        List<RoutineView.Flag> flags = catalog.redFlags().stream()
            .filter(flag -> request.redFlags().contains(flag.getSlug()))
            .sorted(Comparator.comparing(flag -> flag.getUrgency()))
            .map(flag -> new RoutineView.Flag(flag.getSlug(), flag.getName(), flag.getUrgency()))
            .toList();

        return new RoutineView(routine.id(), routine.createdAt(), routine.status(), routine.urgency(),
            request.minutes(), request.performer().slug(), request.areas().stream().map(areaNames::get).toList(),
            routine.totalSeconds(), steps, excluded, advice, flags);
    }

    /** A condition's exclusion carries the catalog's words; the pain rules are worded here. */
    private RoutineView.Excluded excluded(SavedExclusion exclusion, String conditionName, Locale locale) {
        String rule = exclusion.rule();
        String ruleName = conditionName != null ? conditionName : messages.getMessage("routine.rule." + rule, null, locale);
        String reason = exclusion.reason() != null ? exclusion.reason()
            : messages.getMessage("routine.exclusion." + rule, null, locale);
        return new RoutineView.Excluded(exclusion.techniqueSlug(), cards.card(exclusion.techniqueSlug()).name(), rule,
            ruleName, reason);
    }

    /** Area names inside a sentence: "neck and shoulders", "neck, shoulders and upper back". */
    private String inSentence(List<String> names, Locale locale) {
        List<String> words = names.stream().map(RoutineViews::lowerFirst).toList();
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
