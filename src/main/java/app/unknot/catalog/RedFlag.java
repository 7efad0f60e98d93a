package app.unknot.catalog;

import app.unknot.system.Checks;
import static app.unknot.system.Checks.requireText;
import static app.unknot.system.Checks.requireValue;

/** A symptom that means "get medical help, not a routine", with how urgently. */
public record RedFlag(String slug, String name, String description, Urgency urgency) {

    public RedFlag {
        requireText(slug, "red flag slug");
        requireText(name, "name of red flag " + slug);
        requireText(description, "description of red flag " + slug);
        requireValue(urgency, "urgency of red flag " + slug);
    }
}
