package app.unknot.catalog;

import app.unknot.model.CatalogEntry;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A symptom that means "get medical help, not a routine", with how urgently. */
@Entity
@Table(name = "red_flag")
public class RedFlag extends CatalogEntry {

    private String description;

    private Urgency urgency;

    private int position;

    public String getDescription() {
        return description;
    }

    public Urgency getUrgency() {
        return urgency;
    }

    public int getPosition() {
        return position;
    }
}
