package org.budgetperf.exchange.sheet;

/**
 * How much an import finding matters to the person who uploaded the table.
 *
 * <p>Import findings never refuse a table (that is what {@link TableImportException} is for); they
 * say what the importer had to interpret, so the department can check it before submitting.
 */
public enum FindingSeverity {
    /** Part of the file could not be taken over (e.g. an unreadable amount); the table is incomplete. */
    ERROR,
    /** Taken over, but a person should look (e.g. a (一级, 二级) pair outside the framework). */
    WARNING,
    /** What the importer did, for the record (e.g. 万元 converted to 元, float noise rounded). */
    INFO
}
