package app.unknot.catalog.store;

import app.unknot.catalog.Tool;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A tool as stored; see {@link Tool}. */
@Entity
@Table(name = "tool")
class ToolEntity extends CatalogEntity {

    private String description;

    private boolean alwaysAvailable;

    private int position;

    int getPosition() {
        return position;
    }

    Tool toTool() {
        return new Tool(getSlug(), getName(), description, alwaysAvailable);
    }
}
