package app.unknot.catalog;

import app.unknot.model.CatalogEntry;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A part of the body a technique works on, such as the lower back. */
@Entity
@Table(name = "body_area")
public class BodyArea extends CatalogEntry {

    private String description;

    private int position;

    public String getDescription() {
        return description;
    }

    public int getPosition() {
        return position;
    }
}
