package app.unknot.catalog.content;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What the content files must hold before they are loaded: every file named after its slug, every
 * technique with words, instructions, search keywords and a picture with its text alternative, every
 * condition and red flag with its sources and a red flag with its advice, and no name of an area, tool
 * or condition that the files do not define, and every text in Spanish and German too ({@link TranslationCheck}). Plain Java; the migration
 * refuses content with any problem, and the build's tests run it on the real files.
 */
final class ContentCheck {

    private ContentCheck() {
    }

    /** Every problem, one sentence each; none when the content may be loaded. */
    static List<String> problems(Content content) {
        var problems = new ArrayList<String>();
        Set<String> areas = slugs(content.areas(), Content.Area::slug, "area", problems);
        Set<String> tools = slugs(content.tools(), Content.Tool::slug, "tool", problems);
        Set<String> conditions = slugs(content.conditions(), Content.Condition::slug, "condition", problems);
        slugs(content.redFlags(), Content.RedFlag::slug, "red flag", problems);
        slugs(content.techniques(), Content.Technique::slug, "technique", problems);
        content.techniqueFiles().forEach((file, technique) -> {
            if (!file.equals(technique.slug() + ".yaml")) {
                problems.add(file + " holds the technique " + technique.slug() + ": name it " + technique.slug() + ".yaml");
            }
            technique(technique, areas, tools, problems);
        });
        content.techniques().stream().collect(Collectors.groupingBy(Content.Technique::position)).forEach((position, same) -> {
            if (same.size() > 1) {
                problems.add("techniques " + same.stream().map(Content.Technique::slug).sorted().toList() + " share position " + position);
            }
        });
        for (Content.Condition condition : content.conditions()) {
            if (condition.sources().isEmpty()) {
                problems.add("condition " + condition.slug() + " names no source");
            }
            for (Content.Restriction restriction : condition.restrictions()) {
                unknown(restriction.areas(), areas, "area", "a " + condition.slug() + " restriction", problems);
                unknown(restriction.tool() == null ? List.of() : List.of(restriction.tool()), tools, "tool",
                    "a " + condition.slug() + " restriction", problems);
            }
        }
        for (Content.Area area : content.areas()) {
            unknown(area.goesWith(), areas, "area", "area " + area.slug(), problems);
            if (area.goesWith().isEmpty() != blank(area.en().whyWith())) {
                problems.add("area " + area.slug() + " says why other areas go with it exactly when it names them");
            }
        }
        for (Content.RedFlag flag : content.redFlags()) {
            unknown(flag.areas(), areas, "area", "red flag " + flag.slug(), problems);
            unknown(flag.askedWith() == null ? List.of() : List.of(flag.askedWith()), conditions, "condition",
                "red flag " + flag.slug(), problems);
            if (flag.sources().isEmpty() || flag.en() == null || blank(flag.en().name()) || blank(flag.en().description())
                || blank(flag.en().advice())) {
                problems.add("red flag " + flag.slug() + " needs a name, a description, advice and a source");
            }
        }
        translations(content, problems);
        return problems;
    }

    /** Every block a person reads, in every language beside English. */
    private static void translations(Content content, List<String> problems) {
        content.areas().forEach(area -> TranslationCheck.check("area " + area.slug(), area.en(), Arrays.asList(area.es(), area.de()), problems));
        content.tools().forEach(tool -> TranslationCheck.check("tool " + tool.slug(), tool.en(), Arrays.asList(tool.es(), tool.de()), problems));
        content.techniques().forEach(technique -> TranslationCheck.check(technique.slug(), technique.en(),
            Arrays.asList(technique.es(), technique.de()), problems));
        for (Content.Condition condition : content.conditions()) {
            TranslationCheck.check("condition " + condition.slug(), condition.en(), Arrays.asList(condition.es(), condition.de()), problems);
            for (int i = 0; i < condition.restrictions().size(); i++) {
                Content.Restriction restriction = condition.restrictions().get(i);
                TranslationCheck.check("restriction " + (i + 1) + " of " + condition.slug(), restriction.en(),
                    Arrays.asList(restriction.es(), restriction.de()), problems);
            }
        }
        content.redFlags().forEach(flag -> TranslationCheck.check("red flag " + flag.slug(), flag.en(), Arrays.asList(flag.es(), flag.de()), problems));
    }

    private static void technique(Content.Technique technique, Set<String> areas, Set<String> tools, List<String> problems) {
        String slug = technique.slug();
        if (technique.areas().isEmpty() || technique.phases().isEmpty()) {
            problems.add(slug + " needs at least one area and one phase");
        }
        unknown(technique.areas(), areas, "area", slug, problems);
        unknown(technique.tools(), tools, "tool", slug, problems);
        if (technique.picture() == null || technique.picture().scenes() == null || technique.picture().scenes().isEmpty()) {
            problems.add(slug + " has no picture");
        }
        else if (technique.picture().highlight() == null || technique.picture().highlight().isEmpty()
            || !technique.areas().containsAll(technique.picture().highlight())) {
            problems.add(slug + "'s picture must highlight some of its own areas, " + technique.areas());
        }
        Content.TechniqueText en = technique.en();
        if (en == null || blank(en.name()) || blank(en.summary()) || blank(en.picture()) || en.instructions().isEmpty()
            || en.keywords().isEmpty()) {
            problems.add(slug + " needs a name, a summary, instructions, keywords and the picture's text alternative");
            return;
        }
        for (Content.Line line : en.instructions()) {
            if (line.onlyArea() != null && !technique.areas().contains(line.onlyArea())) {
                problems.add(slug + " has a line only for " + line.onlyArea() + ", an area it does not work");
            }
            if (line.onlyTool() != null && !tools.contains(line.onlyTool())) {
                problems.add(slug + " has a line only with the unknown tool " + line.onlyTool());
            }
        }
    }

    private static <T> Set<String> slugs(Collection<T> entries, Function<T, String> slug, String what, List<String> problems) {
        Set<String> seen = new HashSet<>();
        for (T entry : entries) {
            if (!seen.add(slug.apply(entry))) {
                problems.add("two " + what + "s are called " + slug.apply(entry));
            }
        }
        return seen;
    }

    private static void unknown(Collection<String> named, Set<String> known, String what, String where, List<String> problems) {
        named.stream().filter(slug -> !known.contains(slug)).forEach(slug -> problems.add(where + " names the unknown " + what + " " + slug));
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    /** The problems as one message, for a migration that refuses to load them. */
    static String describe(List<String> problems) {
        return "the catalog's content files have " + problems.size() + " problem(s):\n  " + String.join("\n  ", problems);
    }
}
