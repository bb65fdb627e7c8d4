package org.budgetperf.exchange.sheet;

/**
 * The file cannot be imported at all: it is not a 部门整体预算绩效目标表, it is not readable in the
 * claimed format, or it exceeds a safety limit. The HTTP layer maps it to a 4xx answer by
 * {@link #reason()}; {@link #location()} says where in the file the importer gave up.
 *
 * <p>Problems inside a readable table are never thrown: they are {@link ImportFinding}s.
 */
public class TableImportException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Why the file was refused. */
    public enum Reason {
        /** Readable, but no table of this kind in it (no 部门名称, no 绩效指标 block). Typically 422. */
        NOT_A_TARGET_TABLE,
        /** Not readable in the claimed format (not UTF-8 text, not an xlsx workbook, corrupt zip). Typically 415 or 422. */
        MALFORMED_FILE,
        /** An old binary .xls workbook, which is not supported. Typically 415. */
        UNSUPPORTED_FORMAT,
        /** A password-protected workbook. Typically 422. */
        ENCRYPTED,
        /** Too large: bytes, rows, columns, cells or characters in a cell, or a zip bomb. Typically 413. */
        LIMIT_EXCEEDED
    }

    private final Reason reason;
    private final String location;
    private final String messageEn;
    private final String messageZh;

    /** The refusal with its reason in English and in Chinese; {@link #getMessage()} is both, {@code "English / 中文"}. */
    public TableImportException(Reason reason, String location, String messageEn, String messageZh) {
        this(reason, location, messageEn, messageZh, null);
    }

    public TableImportException(Reason reason, String location, String messageEn, String messageZh, Throwable cause) {
        super(messageEn + " / " + messageZh, cause);
        this.reason = reason;
        this.location = location;
        this.messageEn = messageEn;
        this.messageZh = messageZh;
    }

    /** Why, in English. */
    public String messageEn() {
        return messageEn;
    }

    /** Why, in Chinese. */
    public String messageZh() {
        return messageZh;
    }

    /** Why the file was refused. */
    public Reason reason() {
        return reason;
    }

    /** Where in the file the importer gave up, e.g. {@code "line 20001"}, {@code "sheet Sheet1"}, {@code "byte 1234"}. */
    public String location() {
        return location;
    }
}
