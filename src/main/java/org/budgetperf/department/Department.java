package org.budgetperf.department;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.budgetperf.shared.TrackedEntity;

/** A government department (部门) that declares budget performance target tables. */
@Entity
@Table(name = "department")
public class Department extends TrackedEntity {

    @Column(nullable = false, length = 64)
    public String code;

    @Column(nullable = false, length = 200)
    public String name;

    /** 财政供养人员数; null when not stated. */
    @Column(name = "staff_count")
    public Integer staffCount;

    /** 下属二级单位数; null when not stated. */
    @Column(name = "subordinate_unit_count")
    public Integer subordinateUnitCount;
}
