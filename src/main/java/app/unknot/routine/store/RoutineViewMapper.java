package app.unknot.routine.store;

import app.unknot.catalog.BodyArea;
import app.unknot.catalog.Catalog;
import app.unknot.catalog.Catalogs;
import app.unknot.catalog.Condition;
import app.unknot.catalog.RedFlag;
import app.unknot.catalog.Phase;
import app.unknot.catalog.Technique;
import app.unknot.catalog.Tool;
import app.unknot.catalog.Translation;
import app.unknot.routine.ExclusionView;
import app.unknot.routine.RoutineView;
import app.unknot.routine.StepView;
import app.unknot.routine.plan.Advice;
import app.unknot.routine.plan.RoutineRequest;
import app.unknot.safety.Exclusion;
import app.unknot.safety.Exclusion.ConditionRule;
import app.unknot.safety.Exclusion.Rule;
import app.unknot.safety.PainRule;
import app.unknot.safety.SafetyScreen;
import app.unknot.safety.SafetyAnswers;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Words a stored routine for pages and the API. What the routine showed when it was built comes
 * from what it stored, in English, and is read in the reader's language ({@link Translation}); the
 * screening answers are screened again against today's catalog, so a safety rule added since is never
 * missed; the messages give the rest of the words.
 */
@Component
public class RoutineViewMapper {

    /** Spanish writes "e", not "y", before a word that starts with the sound i: "muslos e isquiotibiales". */
    private static final Pattern SPANISH_E = Pattern.compile("(?i)(i|í|hi(?![aeoué]))");

    private final Catalog catalog;
    private final Catalogs catalogs;
    private final MessageSource messages;
    private final ShownTechniques techniques;

    RoutineViewMapper(Catalog catalog, Catalogs catalogs, MessageSource messages, ShownTechniques techniques) {
        this.catalog = catalog;
        this.catalogs = catalogs;
        this.messages = messages;
        this.techniques = techniques;
    }

    public RoutineView toView(RoutineEntity routine, Locale locale) {
        RoutineRequest request = routine.request();
        SafetyScreen today = SafetyScreen.again(catalog, request.screening());
        Translation translation = catalogs.translation(locale);
        List<StepView> steps = new ArrayList<>();
        List<BodyArea> shownAreas = new ArrayList<>();
        for (StepEntity stored : routine.steps()) {
            Technique shown = techniques.shown(stored.techniqueDigest());
            Technique technique = translation.technique(shown);
            shownAreas.addAll(technique.areas());
            List<String> worked = stored.areas();
            List<String> areas = Stream.concat(worked.stream(),
                technique.areaSlugs().stream().filter(area -> !worked.contains(area))).toList();
            // A stretch names all it lengthens (a glute stretch in a lower-back routine says glutes too).
            List<String> named = stored.phase() == Phase.STRETCH ? areas : worked;
            String reason = messages.getMessage("routine.reason." + stored.reason().slug(),
                new Object[] {inSentence(names(named, technique.areas(), locale), locale)}, locale);
            ExclusionView leaveOut = today.ruleOut(shown).map(rule -> worded(rule, locale)).orElse(null);
            steps.add(new StepView(steps.size() + 1, stored.phase(), technique, stored.performer(), areas,
                stored.seconds(), reason, technique.tools().stream().map(Tool::name).toList(), leaveOut, stored.note()));
        }
        List<ExclusionView> excluded = routine.exclusions().stream().map(e -> excluded(e, locale)).toList();
        List<RedFlag> flags = catalogs.in(locale).redFlagsIn(request.screening().redFlags()).stream()
            .sorted(Comparator.comparing(RedFlag::urgency)).toList();
        return new RoutineView(routine.id(), routine.createdAt(), routine.status(), routine.urgency(), request.minutes(),
            request.performer(), names(request.areas(), shownAreas, locale), routine.totalSeconds(), steps, excluded,
            advice(routine.advice(), request.screening(), locale), flags, request.screening().painLevel(), routine.madeFrom(),
            routine.adjustedFrom(), routine.handout(), leftAlone(request.screening(), locale));
    }

    /** The affected areas, when a local condition makes them count; in catalog order. */
    private List<BodyArea> leftAlone(SafetyAnswers screening, Locale locale) {
        boolean local = catalog.conditionsIn(screening.conditions()).stream().anyMatch(Condition::local);
        return local ? catalogs.in(locale).areas().stream().filter(area -> screening.affectedAreas().contains(area.slug())).toList()
            : List.of();
    }

    private List<String> advice(List<Advice> advice, SafetyAnswers screening, Locale locale) {
        List<String> worded = new ArrayList<>();
        for (Advice item : advice) {
            if (item == Advice.CONDITION) {
                catalogs.in(locale).conditionsIn(screening.conditions()).forEach(c -> worded.add(c.name() + ": " + c.advice()));
            }
            else {
                worded.add(messages.getMessage("routine.advice." + item.slug(), null, locale));
            }
        }
        return worded;
    }

    /**
     * A stored exclusion reads as it was built: the condition's name and the catalog's words were kept
     * with it, in English, and read in the reader's language while the catalog still has those words.
     */
    private ExclusionView excluded(ExclusionEntity exclusion, Locale locale) {
        Rule rule = exclusion.rule();
        Translation translation = catalogs.translation(locale);
        return new ExclusionView(exclusion.techniqueSlug(), translation.text(exclusion.techniqueName()), rule.slug(),
            rule instanceof ConditionRule ? translation.text(exclusion.ruleName()) : ruleName(rule, locale),
            reason(rule, translation.text(exclusion.reason()), locale));
    }

    /** A rule that rules a technique out today, in words: a condition's, a pain rule's, or what hurt last time. */
    public ExclusionView worded(Exclusion exclusion, Locale locale) {
        Rule rule = exclusion.rule();
        Translation translation = catalogs.translation(locale);
        return new ExclusionView(exclusion.technique().slug(), translation.text(exclusion.technique().name()), rule.slug(),
            rule instanceof ConditionRule byCondition ? catalogs.in(locale).condition(byCondition.condition()).name()
                : ruleName(rule, locale),
            reason(rule, translation.text(exclusion.reason()), locale));
    }

    /** The catalog's words in the reader's language, for what a routine keeps in English. */
    public Translation translation(Locale locale) {
        return catalogs.translation(locale);
    }

    /** A pain rule's or the person's rule's name, which the messages give. */
    private String ruleName(Rule rule, Locale locale) {
        Object[] arguments = rule instanceof PainRule pain ? new Object[] {pain.threshold()} : null;
        return messages.getMessage("routine.rule." + rule.slug(), arguments, locale);
    }

    /** The words kept with the exclusion; a pain rule has none, and the messages give them. */
    private String reason(Rule rule, String kept, Locale locale) {
        if (rule instanceof PainRule pain) {
            return messages.getMessage("routine.exclusion." + pain.slug(),
                new Object[] {pain.threshold(), SafetyAnswers.MAX_PAIN_LEVEL}, locale);
        }
        return kept;
    }

    /** Area names for slugs: as the routine showed them, else as the catalog has them, else the slug. */
    private List<String> names(List<String> slugs, List<BodyArea> shown, Locale locale) {
        Catalog inLanguage = catalogs.in(locale);
        return slugs.stream().map(slug -> shown.stream().filter(area -> area.slug().equals(slug)).findFirst()
            .map(BodyArea::name).orElseGet(() -> inLanguage.hasArea(slug) ? inLanguage.area(slug).name() : slug)).toList();
    }

    /** Area names inside a sentence: "neck and shoulders", "neck, shoulders and upper back". */
    private String inSentence(List<String> names, Locale locale) {
        // German writes every noun with a capital, so an area's name keeps its own.
        List<String> words = "de".equals(locale.getLanguage()) ? names : names.stream().map(RoutineViewMapper::lowerFirst).toList();
        if (words.size() == 1) {
            return words.get(0);
        }
        String last = words.get(words.size() - 1);
        String and = messages.getMessage(SPANISH_E.matcher(last).lookingAt() && "es".equals(locale.getLanguage())
            ? "routine.and.beforeI" : "routine.and", null, locale);
        return String.join(", ", words.subList(0, words.size() - 1)) + " " + and + " " + last;
    }

    /** "Lower back" reads "lower back" mid-sentence; "IT band" keeps its capitals. */
    private static String lowerFirst(String text) {
        if (text.length() < 2 || !Character.isLowerCase(text.charAt(1))) {
            return text;
        }
        return Character.toLowerCase(text.charAt(0)) + text.substring(1);
    }
}
