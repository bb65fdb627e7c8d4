package org.budgetperf.budget.indicator;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;

/** Stored form of an indicator framework; seeded by migration and read-only through the API. */
@Entity
@Table(name = "indicator_framework")
public class FrameworkEntity {

    @Id
    @Column(length = 64)
    public String code;

    @Column(nullable = false, length = 200)
    public String name;

    @Column(length = 2000)
    public String description;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "indicator_framework_entry", joinColumns = @JoinColumn(name = "framework_code"))
    @OrderBy("position")
    public List<Entry> entries = new ArrayList<>();

    /** One allowed (一级, 二级) pair. */
    @Embeddable
    public static class Entry {
        @Column(nullable = false)
        public int position;

        @Column(nullable = false, length = 100)
        public String level1;

        @Column(nullable = false, length = 100)
        public String level2;
    }
}
