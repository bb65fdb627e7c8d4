package org.budgetperf.exchange.sheet;

/**
 * The stable codes of {@link ImportFinding#code()}. Clients may switch on them; the messages may
 * change, the codes do not.
 */
public final class FindingCodes {

    /** INFO: an amount carried binary floating-point noise (82800.920000000013 万元) and was rounded to 6 decimals of 万元 (分). */
    public static final String FLOAT_NOISE_ROUNDED = "FLOAT_NOISE_ROUNDED";
    /** WARNING: an amount was written with more precision than 分 (not float noise) and was rounded half-up to 分. */
    public static final String AMOUNT_ROUNDED = "AMOUNT_ROUNDED";
    /** INFO: the amounts of a block are stated in 万元 and were converted exactly to 元 (reported once per block). */
    public static final String UNIT_CONVERTED = "UNIT_CONVERTED";
    /** WARNING: no unit (万元 / 元) was found for a block; the stated default was assumed. */
    public static final String UNIT_ASSUMED = "UNIT_ASSUMED";
    /** INFO: a cell is blank and was kept blank (null), which is not the same as 0. */
    public static final String BLANK_KEPT = "BLANK_KEPT";
    /** INFO: the cell is a formula; its cached value was taken, the formula was not evaluated. */
    public static final String FORMULA_CACHED_VALUE = "FORMULA_CACHED_VALUE";
    /** WARNING: the cell is a formula without a cached value; it was read as blank. */
    public static final String FORMULA_WITHOUT_VALUE = "FORMULA_WITHOUT_VALUE";
    /** INFO: a numeric cell formatted as percent (stored 1) was read as it is displayed (100%). */
    public static final String PERCENT_FORMAT_APPLIED = "PERCENT_FORMAT_APPLIED";
    /** INFO: a value uses a variant operator (≧ ≦ ＝ ﹦ ＞ ＜); it is kept as written and means ≥ ≤ = &gt; &lt;. */
    public static final String OPERATOR_VARIANT = "OPERATOR_VARIANT";
    /** WARNING: a target value is not a target (根据下达任务目标要求确定, 待定, …); kept as written. */
    public static final String VALUE_NOT_A_TARGET = "VALUE_NOT_A_TARGET";
    /** WARNING: an indicator's (一级, 二级) pair is not in the framework; kept as written. */
    public static final String FRAMEWORK_MISMATCH = "FRAMEWORK_MISMATCH";
    /** INFO: the 一级 of a 二级 is not on the form and was taken from the framework. */
    public static final String LEVEL1_INFERRED = "LEVEL1_INFERRED";
    /** INFO: the 二级 of an indicator is not on the form and was taken from the framework (the 一级 has only one). */
    public static final String LEVEL2_INFERRED = "LEVEL2_INFERRED";
    /** INFO: a 二级 (or 一级) row with no 三级 indicator under it, an empty placeholder of the template; ignored. */
    public static final String PLACEHOLDER_ROW_IGNORED = "PLACEHOLDER_ROW_IGNORED";
    /** WARNING: an indicator row could not be placed (too many label cells, or no 一级/二级 context); skipped. */
    public static final String ROW_NOT_PLACED = "ROW_NOT_PLACED";
    /** WARNING: a cell in a task row could not be assigned to a column; ignored. */
    public static final String CELL_NOT_PLACED = "CELL_NOT_PLACED";
    /** WARNING: a row has fewer value cells than value columns and their column could not be told; assigned in order. */
    public static final String VALUE_COLUMN_AMBIGUOUS = "VALUE_COLUMN_AMBIGUOUS";
    /** ERROR: a money cell could not be read as an amount; left blank. */
    public static final String AMOUNT_UNREADABLE = "AMOUNT_UNREADABLE";
    /** ERROR: a count cell (财政供养人员数, 下属二级单位数) or a weight could not be read as a number; left blank. */
    public static final String NUMBER_UNREADABLE = "NUMBER_UNREADABLE";
    /** WARNING: a label of the form (e.g. 财政专项资金) was not found; its field is blank. */
    public static final String LABEL_NOT_FOUND = "LABEL_NOT_FOUND";
    /** WARNING: a field every table needs (部门名称, 总体绩效目标) is blank. */
    public static final String REQUIRED_FIELD_BLANK = "REQUIRED_FIELD_BLANK";
    /** WARNING: no fiscal year in the title or a 年度 field. */
    public static final String YEAR_NOT_FOUND = "YEAR_NOT_FOUND";
    /** INFO: the overall goal was already HTML and was kept as written (sanitised when stored). */
    public static final String GOAL_HTML_KEPT = "GOAL_HTML_KEPT";
    /** INFO: the overall goal was plain text; each line became an escaped {@code <p>} paragraph. */
    public static final String GOAL_TEXT_TO_HTML = "GOAL_TEXT_TO_HTML";
    /** INFO: a 合计/小计 row of a task block is a sum, not a task; not read as a task. */
    public static final String TOTAL_ROW_IGNORED = "TOTAL_ROW_IGNORED";
    /** INFO: rows after the indicator block (notes, signatures) were not read. */
    public static final String TRAILING_ROWS_IGNORED = "TRAILING_ROWS_IGNORED";
    /** INFO: the workbook has other sheets; the first sheet holding a table was read. */
    public static final String OTHER_SHEETS_IGNORED = "OTHER_SHEETS_IGNORED";
    /** WARNING: the text was not UTF-8 and was decoded as GB18030. */
    public static final String ENCODING_GB18030 = "ENCODING_GB18030";
    /** INFO: the text was UTF-16 (with byte order mark), as Excel's "Unicode text" export writes it. */
    public static final String ENCODING_UTF16 = "ENCODING_UTF16";

    /* Self-evaluation forms (项目支出绩效自评表, selfevaluation.SelfEvaluationFormReader). */

    /** INFO: line breaks inside an indicator name or type (wrapped text: 新增区级创业孵化基地\n数量) were removed. */
    public static final String LINE_BREAKS_JOINED = "LINE_BREAKS_JOINED";
    /** INFO: a cell holds only the template's instruction (请在此处逐一针对…说明原因…), not an answer; read as blank. */
    public static final String TEMPLATE_PROMPT_IGNORED = "TEMPLATE_PROMPT_IGNORED";
    /**
     * INFO or WARNING: the 预算执行率 stated on the form compared with 全年执行数 / 全年预算数; INFO when they agree at the
     * stated precision (88% against 87.71%), WARNING when not. Scoring always uses the computed rate.
     */
    public static final String EXECUTION_RATE_STATED = "EXECUTION_RATE_STATED";
    /** INFO: scores written on the form (得分, 合计) were read but are not used; the service computes its own. */
    public static final String STATED_SCORES_IGNORED = "STATED_SCORES_IGNORED";

    /* Filled-in forms uploaded for a stored table (evaluation.EvaluationFormUpload). */

    /** INFO: what was read from an indicator row or amount of an uploaded form, and the request field it went to. */
    public static final String FORM_VALUE_READ = "FORM_VALUE_READ";
    /**
     * WARNING (preview) or refusal (record): a 年度指标值 in the form differs from the approved one; the approved
     * target is the one scored.
     */
    public static final String FORM_TARGET_CHANGED = "FORM_TARGET_CHANGED";
    /** WARNING (preview) or refusal (record): an 指标权重 in the form differs from the approved one. */
    public static final String FORM_WEIGHT_CHANGED = "FORM_WEIGHT_CHANGED";

    private FindingCodes() {}
}
