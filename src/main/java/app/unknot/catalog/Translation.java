package app.unknot.catalog;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The catalog's words in one language: each English text with its translation, as the content files
 * pair them, and the words people search with for each technique, with the reader's emergency number
 * put in. A text it does not know stays English: a routine saved before the English was reworded keeps
 * its own words.
 */
public final class Translation {

    /** Where a text names the number to call: the reader's is put in. */
    public static final String EMERGENCY_NUMBER = "{emergency-number}";

    private final String language;
    private final Map<String, String> texts;
    private final Map<String, List<String>> keywords;
    private final String emergencyNumber;

    /**
     * @param texts each English text and its translation
     * @param keywords the words people search with, by technique slug
     */
    public Translation(String language, Map<String, String> texts, Map<String, List<String>> keywords) {
        this(language, Map.copyOf(texts), Map.copyOf(keywords), EMERGENCY_NUMBER);
    }

    /** English as it is, searched with the English keywords. */
    public static Translation english() {
        return new Translation("en", Map.of(), null, EMERGENCY_NUMBER);
    }

    private Translation(String language, Map<String, String> texts, Map<String, List<String>> keywords, String emergencyNumber) {
        this.language = language;
        this.texts = texts;
        this.keywords = keywords;
        this.emergencyNumber = emergencyNumber;
    }

    /** The same words, naming this number wherever they say to call for help. */
    public Translation calling(String number) {
        return new Translation(language, texts, keywords, number);
    }

    public String language() {
        return language;
    }

    public String text(String english) {
        return english == null ? null : texts.getOrDefault(english, english).replace(EMERGENCY_NUMBER, emergencyNumber);
    }

    public List<String> texts(List<String> english) {
        return english.stream().map(this::text).toList();
    }

    public BodyArea area(BodyArea area) {
        return new BodyArea(area.slug(), text(area.name()), text(area.description()), area.goesWith(), text(area.whyWith()));
    }

    public Tool tool(Tool tool) {
        return new Tool(tool.slug(), text(tool.name()), text(tool.description()), tool.alwaysAvailable());
    }

    public Technique technique(Technique technique) {
        return new Technique(technique.slug(), text(technique.name()), technique.kind(), technique.performer(),
            technique.posture(), technique.pressure(), technique.seconds(), technique.longestSeconds(), technique.sides(),
            technique.movement(), technique.phases(), technique.areas().stream().map(this::area).toList(),
            technique.tools().stream().map(this::tool).toList(), text(technique.summary()),
            technique.instructions().stream().map(line -> new Instruction(text(line.text()), line.onlyForArea(), line.onlyWithTool()))
                .toList(), texts(technique.cautions()));
    }

    public Condition condition(Condition condition) {
        return new Condition(condition.slug(), text(condition.name()), text(condition.summary()), text(condition.advice()),
            condition.local(), condition.sources());
    }

    public Restriction restriction(Restriction restriction) {
        return new Restriction(restriction.condition(), restriction.kind(), restriction.scope(), restriction.listedAreas(),
            restriction.tool(), restriction.posture(), restriction.movement(), restriction.maxPressure(),
            restriction.waivedByClearance(), text(restriction.reason()));
    }

    /** Conditions with the restriction of each that applies, in their order. */
    public Map<Condition, Restriction> restrictionsByCondition(Map<Condition, Restriction> english) {
        Map<Condition, Restriction> translated = new LinkedHashMap<>();
        english.forEach((condition, restriction) -> translated.put(condition(condition), restriction(restriction)));
        return translated;
    }

    public RedFlag redFlag(RedFlag flag) {
        return new RedFlag(flag.slug(), text(flag.name()), text(flag.description()), text(flag.advice()), flag.urgency(),
            flag.areas(), flag.askedWith(), flag.sources());
    }

    /** The whole catalog in this language: the same techniques and rules, in its words, searched with its keywords. */
    public Catalog catalog(Catalog english) {
        return new Catalog(language, english.areas().stream().map(this::area).toList(), english.tools().stream().map(this::tool).toList(),
            english.techniques().stream().map(this::technique).toList(), english.conditions().stream().map(this::condition).toList(),
            english.restrictions().stream().map(this::restriction).toList(), english.redFlags().stream().map(this::redFlag).toList(),
            keywords == null ? english.keywords() : keywords);
    }
}
