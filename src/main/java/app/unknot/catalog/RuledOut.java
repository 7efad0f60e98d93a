package app.unknot.catalog;

/** A condition that rules a technique out, and why in plain words. */
public record RuledOut(String conditionSlug, String conditionName, String reason) {
}
