package app.unknot.routine;

/** How a routine may be used: freely, with the advice shown, or not at all. */
public enum PlanStatus {
    /** No condition given and the pain allows any pressure. */
    OK,
    /** A condition was given or the pain rule applies: the plan is screened and comes with advice. */
    CAUTION,
    /** A red flag was raised: no routine, get medical help. */
    STOP
}
