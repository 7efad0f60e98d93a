package app.unknot.catalog.content;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * What a translation must be beside its English: there at all, with a text wherever the English has
 * one and none where it has none, as many instruction lines and cautions in the same order, each line
 * for the same area or tool, and search keywords of its own. An emergency number is never written
 * out, in any language: {@code {emergency-number}} stands for it, in a translation exactly where it
 * stands in the English, and the app puts in the number for the reader's country.
 */
final class TranslationCheck {

    /** The languages beside English, as the content files' blocks are named. */
    static final List<String> LANGUAGES = List.of("es", "de");

    static final String EMERGENCY_NUMBER = "{emergency-number}";
    private static final Pattern NUMBER_TO_CALL = Pattern.compile("\\b(999|112|911)\\b");

    private TranslationCheck() {
    }

    /**
     * @param where what the block belongs to, for the problem's sentence: "technique cat-cow"
     * @param translations the blocks in {@link #LANGUAGES}' order, null where missing
     */
    static void check(String where, Record english, List<? extends Record> translations, List<String> problems) {
        if (english != null) {
            texts(english).stream().filter(text -> NUMBER_TO_CALL.matcher(text).find()).findFirst().ifPresent(text ->
                problems.add(where + " writes out an emergency number; write " + EMERGENCY_NUMBER));
        }
        for (int i = 0; i < LANGUAGES.size(); i++) {
            String language = LANGUAGES.get(i);
            Record translation = translations.get(i);
            if (translation == null) {
                problems.add(where + " has no " + language + " block");
            }
            else if (english != null) {
                compare(where + " (" + language + ")", english, translation, problems);
            }
        }
    }

    private static void compare(String where, Record english, Record translation, List<String> problems) {
        for (RecordComponent field : english.getClass().getRecordComponents()) {
            Object en = value(field, english);
            Object other = value(field, translation);
            String name = where + " " + field.getName();
            if (en instanceof String text) {
                text(name, text, (String) other, problems);
            }
            else if (en instanceof List<?> && field.getName().equals("keywords")) {
                if (((List<?>) other).isEmpty()) {
                    problems.add(name + ": none");
                }
            }
            else if (en instanceof List<?> list) {
                List<?> translated = (List<?>) other;
                if (list.size() != translated.size()) {
                    problems.add(name + ": " + translated.size() + " where the English has " + list.size());
                    continue;
                }
                for (int i = 0; i < list.size(); i++) {
                    item(name + " " + (i + 1), list.get(i), translated.get(i), problems);
                }
            }
            else if (en == null && other != null) {
                problems.add(name + ": the English has none");
            }
        }
    }

    private static void item(String where, Object english, Object translation, List<String> problems) {
        if (english instanceof Content.Line line) {
            var other = (Content.Line) translation;
            if (!Objects.equals(line.onlyArea(), other.onlyArea()) || !Objects.equals(line.onlyTool(), other.onlyTool())) {
                problems.add(where + ": not for the same area and tool as the English line");
            }
            text(where, line.text(), other.text(), problems);
        }
        else {
            text(where, (String) english, (String) translation, problems);
        }
    }

    private static void text(String where, String english, String translation, List<String> problems) {
        if ((english == null || english.isBlank()) != (translation == null || translation.isBlank())) {
            problems.add(where + (translation == null || translation.isBlank() ? ": missing" : ": the English has none"));
            return;
        }
        if (translation == null) {
            return;
        }
        if (NUMBER_TO_CALL.matcher(translation).find()) {
            problems.add(where + ": writes out an emergency number; write " + EMERGENCY_NUMBER);
        }
        if (english.contains(EMERGENCY_NUMBER) != translation.contains(EMERGENCY_NUMBER)) {
            problems.add(where + ": " + EMERGENCY_NUMBER + " must stand exactly where it stands in the English");
        }
    }

    /** Every text of a block: its fields, list items and instruction lines. */
    private static List<String> texts(Record block) {
        List<String> texts = new ArrayList<>();
        for (RecordComponent field : block.getClass().getRecordComponents()) {
            Object value = value(field, block);
            if (value instanceof String text) {
                texts.add(text);
            }
            else if (value instanceof List<?> list) {
                list.forEach(item -> texts.add(item instanceof Content.Line line ? line.text() : (String) item));
            }
        }
        return texts;
    }

    static Object value(RecordComponent field, Record record) {
        try {
            return field.getAccessor().invoke(record);
        }
        catch (ReflectiveOperationException ex) {
            throw new IllegalStateException(ex);
        }
    }
}
