package app.unknot.routine.plan;

import app.unknot.catalog.Slugged;

/** Advice a plan carries, declared in the order a page shows it; the web layer words each one. */
public enum Advice implements Slugged {
    /** The pain rule applies: see a professional first; the plan is gentle only. */
    SEE_PROFESSIONAL_FIRST,
    /** No step could be planned: everything was ruled out or nothing matches the areas and tools. */
    NOTHING_SUITABLE,
    /** Conditions were given: show each one's advice text from the catalog. */
    CONDITION,
    /** The lower back is worked: massage helps short-term at best and only alongside regular movement. */
    MOVE_REGULARLY;

    private final String slug = Slugged.slugOf(this);

    @Override
    public String slug() {
        return slug;
    }
}
