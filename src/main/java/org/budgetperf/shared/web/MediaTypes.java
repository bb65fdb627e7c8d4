package org.budgetperf.shared.web;

/** Media types of the official layout's two file formats. */
public final class MediaTypes {

    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public static final String TSV = "text/tab-separated-values";

    private MediaTypes() {
    }
}
