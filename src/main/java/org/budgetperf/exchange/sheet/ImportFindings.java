package org.budgetperf.exchange.sheet;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Collects the import report while a form is read, in file order: one per sheet being read, shared by the readers
 * of its blocks. Every message is written in English and Chinese, because the report is read by the department that
 * filled in the form.
 */
public final class ImportFindings {

    private final List<ImportFinding> findings = new ArrayList<>();
    private final Set<String> reported = new HashSet<>();

    /** Reports what the reader did, for the record ({@link FindingSeverity#INFO}). */
    public void info(String code, String location, String english, String chinese) {
        add(FindingSeverity.INFO, code, location, english, chinese);
    }

    /** Reports something taken over that a person should look at ({@link FindingSeverity#WARNING}). */
    public void warning(String code, String location, String english, String chinese) {
        add(FindingSeverity.WARNING, code, location, english, chinese);
    }

    void error(String code, String location, String english, String chinese) {
        add(FindingSeverity.ERROR, code, location, english, chinese);
    }

    void add(FindingSeverity severity, String code, String location, String english, String chinese) {
        findings.add(new ImportFinding(severity, code, location, english + " / " + chinese));
    }

    /** True the first time a key is seen: for findings reported once per block or per cell. */
    public boolean firstTime(String key) {
        return reported.add(key);
    }

    /** Records that a cell's content went into the table; reports it once if it is a formula. */
    public void used(Cell cell) {
        if (cell.isFormula() && !cell.isBlank() && firstTime("formula@" + cell.location())) {
            info(
                    FindingCodes.FORMULA_CACHED_VALUE,
                    cell.location(),
                    "Formula =" + cell.formula() + " was not evaluated; its cached value " + cell.value() + " was read",
                    "公式 =" + cell.formula() + " 未重新计算，读取其缓存值 " + cell.value());
        }
    }

    /** A formula cell without a cached value, which reads as blank. */
    public void formulaWithoutValue(Cell cell, String field) {
        warning(
                FindingCodes.FORMULA_WITHOUT_VALUE,
                cell.location(),
                field + " is the formula =" + cell.formula() + " without a cached value; read as blank",
                field + " 为公式 =" + cell.formula() + "，没有缓存值，按空白处理");
    }

    /** A label of the form is nowhere in the file: its field stays blank. */
    public void labelNotFound(String printedLabel, String where) {
        warning(
                FindingCodes.LABEL_NOT_FOUND,
                where,
                printedLabel + " is not on the form; left blank",
                "表中没有“" + printedLabel + "”，已留空");
    }

    /** A blank cell was kept blank, which is not 0. */
    public void blankKept(String location, String field) {
        info(
                FindingCodes.BLANK_KEPT,
                location,
                field + " is blank; kept blank (null), not 0",
                field + " 为空，保留为空白（不是 0）");
    }

    /** The rows from {@code first} on are notes printed after the {@code form} ("table", "form"): not read. */
    public void notesAfter(Grid.Slot first, String form) {
        info(
                FindingCodes.TRAILING_ROWS_IGNORED,
                first.location(),
                "Rows from '" + abbreviated(first.value()) + "' on are notes after the " + form + "; not read",
                "自“" + abbreviated(first.value()) + "”起为表后说明，未读取");
    }

    /** A cell's text for a message: at most 40 characters, then an ellipsis. */
    public static String abbreviated(String text) {
        return text.length() <= 40 ? text : text.substring(0, 40) + "…";
    }

    /** The findings so far, in the order they were reported. */
    public List<ImportFinding> list() {
        return List.copyOf(findings);
    }
}
