package app.unknot.routine;

import static app.unknot.routine.Checks.requireText;
import static app.unknot.routine.Checks.requireValue;

import app.unknot.catalog.Urgency;

/** A symptom that stops any routine: the person needs medical help with this urgency. */
public record RedFlagCard(String slug, String name, Urgency urgency) {

    public RedFlagCard {
        requireText(slug, "red flag slug");
        requireText(name, "name of red flag " + slug);
        requireValue(urgency, "urgency of red flag " + slug);
    }
}
