package app.unknot.catalog;

import static app.unknot.system.Checks.requireText;
import static app.unknot.system.Checks.requireValue;
import static app.unknot.system.Checks.textList;

import java.util.Collection;
import java.util.List;

/**
 * A symptom that means "get medical help, not a routine", with how urgently and what to do.
 *
 * @param advice what to do about it, in plain words
 * @param areas the areas it is about, asked when a person names one of them
 * @param askedWith the condition it is asked with (bleeding in pregnancy, with pregnancy), or null; a sign
 *     with neither areas nor a condition is asked of everyone
 * @param sources the public guidance it follows, by title and publisher
 */
public record RedFlag(String slug, String name, String description, String advice, Urgency urgency, List<String> areas,
                      String askedWith, List<String> sources) {

    public RedFlag {
        requireText(slug, "red flag slug");
        requireText(name, "name of red flag " + slug);
        requireText(description, "description of red flag " + slug);
        requireText(advice, "advice for red flag " + slug);
        requireValue(urgency, "urgency of red flag " + slug);
        areas = textList(areas, "areas of red flag " + slug);
        sources = textList(sources, "sources of red flag " + slug);
    }

    /** Asked of everyone, whatever areas and conditions they name. */
    public boolean general() {
        return areas.isEmpty() && askedWith == null;
    }

    /**
     * Asked of a person who names these areas and conditions: a general sign always, another when it is
     * about one of the areas or asked with one of the conditions.
     */
    public boolean askedFor(Collection<String> chosenAreas, Collection<String> conditions) {
        return general() || areas.stream().anyMatch(chosenAreas::contains) || askedWith != null && conditions.contains(askedWith);
    }

    /** The warning signs about the same areas, as the form asks them together. */
    public record Group(List<BodyArea> areas, List<RedFlag> redFlags) {

        public Group {
            areas = List.copyOf(areas);
            redFlags = List.copyOf(redFlags);
        }

        /** The areas' slugs, space-separated: what the form's script compares the chosen areas with. */
        public String areaSlugs() {
            return String.join(" ", areas.stream().map(BodyArea::slug).toList());
        }
    }
}
