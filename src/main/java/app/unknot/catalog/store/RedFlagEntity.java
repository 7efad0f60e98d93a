package app.unknot.catalog.store;

import app.unknot.catalog.RedFlag;
import app.unknot.catalog.Urgency;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.hibernate.annotations.BatchSize;
import org.hibernate.annotations.ListIndexBase;

/** A red flag as stored; see {@link RedFlag}. */
@Entity
@Table(name = "red_flag")
class RedFlagEntity extends CatalogEntity {

    private String description;

    private String advice;

    private String askedWith;

    @Enumerated(EnumType.STRING)
    private Urgency urgency;

    /** Catalog order: the loader sorts by it. */
    private int position;

    @ManyToMany
    @JoinTable(name = "red_flag_area", joinColumns = @JoinColumn(name = "red_flag_id"),
        inverseJoinColumns = @JoinColumn(name = "body_area_id"))
    @BatchSize(size = CatalogLoader.BATCH)
    private Set<BodyAreaEntity> areas = new LinkedHashSet<>();

    @ElementCollection
    @CollectionTable(name = "red_flag_source", joinColumns = @JoinColumn(name = "red_flag_id"))
    @OrderColumn(name = "position")
    @ListIndexBase(1)
    @Column(name = "title")
    @BatchSize(size = CatalogLoader.BATCH)
    private List<String> sources = new ArrayList<>();

    RedFlag toRedFlag() {
        List<String> areaSlugs = areas.stream().sorted(Comparator.comparingInt(BodyAreaEntity::getPosition))
            .map(BodyAreaEntity::getSlug).toList();
        return new RedFlag(getSlug(), getName(), description, advice, urgency, areaSlugs, askedWith, sources);
    }
}
