package org.budgetperf.budget;

/** What a client may send for any row of a table: where the row goes in its block. */
public interface TableRowInput {

    /** Sort key within the row's block; null appends a new row at the end and keeps a changed row where it is. */
    Integer position();
}
