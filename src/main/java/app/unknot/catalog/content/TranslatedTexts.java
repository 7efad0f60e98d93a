package app.unknot.catalog.content;

import app.unknot.catalog.Translation;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The content files' translations as the app uses them: for one language, each English text paired
 * with the text beside it in that language's block, and each technique's search keywords in it.
 * Blocks have the same shape as the English ({@link TranslationCheck}), so fields and list items pair
 * up one to one.
 */
final class TranslatedTexts {

    private final Map<String, String> texts = new LinkedHashMap<>();
    private final Map<String, List<String>> keywords = new LinkedHashMap<>();

    private TranslatedTexts() {
    }

    static Translation of(Content content, String language) {
        int block = TranslationCheck.LANGUAGES.indexOf(language);
        var translated = new TranslatedTexts();
        content.areas().forEach(area -> translated.pair(area.en(), List.of(area.es(), area.de()).get(block)));
        content.tools().forEach(tool -> translated.pair(tool.en(), List.of(tool.es(), tool.de()).get(block)));
        for (Content.Technique technique : content.techniques()) {
            Content.TechniqueText text = List.of(technique.es(), technique.de()).get(block);
            translated.pair(technique.en(), text);
            translated.keywords.put(technique.slug(), text.keywords());
        }
        for (Content.Condition condition : content.conditions()) {
            translated.pair(condition.en(), List.of(condition.es(), condition.de()).get(block));
            condition.restrictions().forEach(restriction ->
                translated.pair(restriction.en(), List.of(restriction.es(), restriction.de()).get(block)));
        }
        content.redFlags().forEach(flag -> translated.pair(flag.en(), List.of(flag.es(), flag.de()).get(block)));
        return new Translation(language, translated.texts, translated.keywords);
    }

    private void pair(Record english, Record translation) {
        for (RecordComponent field : english.getClass().getRecordComponents()) {
            Object en = TranslationCheck.value(field, english);
            Object other = TranslationCheck.value(field, translation);
            if (en instanceof String text) {
                texts.putIfAbsent(text, (String) other);
            }
            else if (en instanceof List<?> list && !field.getName().equals("keywords")) {
                List<?> translated = new ArrayList<>((List<?>) other);
                for (int i = 0; i < list.size(); i++) {
                    if (list.get(i) instanceof Content.Line line) {
                        texts.putIfAbsent(line.text(), ((Content.Line) translated.get(i)).text());
                    }
                    else {
                        texts.putIfAbsent((String) list.get(i), (String) translated.get(i));
                    }
                }
            }
        }
    }
}
