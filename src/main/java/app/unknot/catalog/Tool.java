package app.unknot.catalog;

import app.unknot.model.CatalogEntry;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** Something a technique needs: hands and household items are always at hand, the rest only if owned. */
@Entity
@Table(name = "tool")
public class Tool extends CatalogEntry {

    private String description;

    private boolean alwaysAvailable;

    private int position;

    public String getDescription() {
        return description;
    }

    public boolean isAlwaysAvailable() {
        return alwaysAvailable;
    }

    public int getPosition() {
        return position;
    }
}
