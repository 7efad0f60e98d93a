package app.unknot.routine.store;

import app.unknot.routine.Frequency;
import app.unknot.routine.Handout;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** A routine's handout as its columns in the routine table hold it. */
@Embeddable
class HandoutColumns {

    private String notes;

    private Integer frequencyTimes;

    @Enumerated(EnumType.STRING)
    private Frequency.Per frequencyPer;

    private Integer frequencyWeeks;

    private String clientInitials;

    private String preparedBy;

    private String handoutLanguage;

    protected HandoutColumns() {
    }

    HandoutColumns(Handout handout) {
        this.notes = handout.notes();
        this.clientInitials = handout.clientInitials();
        this.preparedBy = handout.preparedBy();
        this.handoutLanguage = handout.language();
        if (handout.frequency() != null) {
            this.frequencyTimes = handout.frequency().times();
            this.frequencyPer = handout.frequency().per();
            this.frequencyWeeks = handout.frequency().weeks();
        }
    }

    /** The handout; JPA reads columns that are all null as no columns at all. */
    static Handout of(HandoutColumns columns) {
        return columns == null ? Handout.NONE : columns.handout();
    }

    private Handout handout() {
        Frequency frequency = frequencyPer == null ? null : new Frequency(frequencyTimes, frequencyPer, frequencyWeeks);
        return new Handout(notes, frequency, clientInitials, preparedBy, handoutLanguage);
    }
}
