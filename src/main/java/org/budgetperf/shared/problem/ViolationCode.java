package org.budgetperf.shared.problem;

/**
 * Stable machine-readable codes of the violations of a problem document ({@code violations[].code}), beside the field
 * they concern. Clients switch on them (to highlight a field, to write their own text), so a code is never renamed or
 * reused; codes are added as the service learns to refuse new things, and clients treat an unknown one like
 * {@link #INVALID_VALUE}. Each code carries what it means in both languages, for a list of codes; the message of one
 * violation, with its concrete values, comes from the {@link Messages} catalogue.
 */
public enum ViolationCode {

    // ---- presence, size and form of a value

    REQUIRED(
            "A required value is missing (a property, parameter, header or the body itself).",
            "缺少必填的值（属性、参数、请求头或请求体本身）。"),
    TOO_LONG("A text is longer than allowed.", "文本超过允许的长度。"),
    TOO_SHORT("A text is shorter than allowed.", "文本短于允许的长度。"),
    TOO_MANY_ITEMS("A list has more entries than allowed.", "列表的条目多于允许的数量。"),
    TOO_FEW_ITEMS("A list has fewer entries than required.", "列表的条目少于要求的数量。"),
    UNKNOWN_PROPERTY(
            "A property the schema does not know, or a read-only one (id, status, totals, …).",
            "请求中含有未定义的属性或只读属性（id、status、totals 等）。"),
    WRONG_TYPE(
            "A value of the wrong JSON type (a string for an object, a list for a number, …).",
            "值的 JSON 类型不对（如应为对象却是字符串，应为数字却是列表）。"),
    NOT_A_NUMBER(
            "A number was expected, and the value is not one (or not a whole number where one is required).",
            "应为数字，但该值不是数字（或要求整数时不是整数）。"),
    INVALID_ENUM("The value is not one of the values the field allows.", "该值不在此字段允许的取值之中。"),
    INVALID_FORMAT(
            "The value does not have the required form (a code pattern, an id (UUID), CELL:PERCENT, …).",
            "该值不符合要求的格式（代码格式、id（UUID）、单元格:百分比 等）。"),
    INVALID_VALUE("The value cannot be used for another reason; the message says which.", "该值因其他原因无法使用，具体原因见 message。"),
    UNSTORABLE_TEXT(
            "A text contains a character that cannot be stored (U+0000 or a lone surrogate).",
            "文本含有无法保存的字符（U+0000 或不成对的代理字符）。"),

    // ---- numbers and money

    OUT_OF_RANGE("A number lies outside the allowed range.", "数值超出允许的范围。"),
    TOO_MANY_DIGITS(
            "A number has more digits before or after the decimal point than allowed.", "数值小数点前或小数点后的位数超过允许的位数。"),
    NUMBER_OUT_OF_BOUNDS(
            "A number beyond the bounds of every number the service accepts (30 digits before the"
                    + " decimal point, 20 after it).",
            "数值超出本服务接受的任何数值的界限（小数点前 30 位，小数点后 20 位）。"),
    NEGATIVE_AMOUNT("An amount of money is negative.", "金额为负数。"),
    FINER_THAN_FEN(
            "An amount of money is finer than one 分 (0.01 元, or 0.000001 万元).", "金额精度细于 1 分（0.01 元，或 0.000001 万元）。"),
    AMOUNT_TOO_LARGE(
            "An amount of money is too large to be stored (more than 16 digits of 元).", "金额过大，无法保存（以元计超过 16 位整数）。"),

    // ---- references and consistency

    UNKNOWN_REFERENCE(
            "The value names something that does not exist or is not part of this table (a department,"
                    + " a row, a framework, a weight set, a task index, a cell).",
            "该值指向不存在或不属于本表的对象（部门、行、指标框架、权重集、任务序号、单元格）。"),
    AMBIGUOUS_REFERENCE("The value names several things where it must name one.", "该值对应多个对象，但只能对应一个。"),
    DUPLICATE(
            "The value is already used (a department code, a table of the year, a weight-set version, an"
                    + " idempotency key) or given twice in the request.",
            "该值已被使用（部门代码、该年度的表、权重集版本、幂等键），或在请求中重复出现。"),
    NOT_APPLICABLE(
            "The property is not used in this request (taskIndex outside a whole table, position in a bulk"
                    + " replace, …); leave it out.",
            "此请求不使用该属性（如整表以外的 taskIndex、批量替换中的 position），请不要发送。"),
    INCONSISTENT(
            "The value contradicts another value of the request (an end before its start, weights that do not"
                    + " add up to 100, …).",
            "该值与请求中的其他值矛盾（如结束早于开始、权重之和不为 100）。"),
    STALE("The If-Match header names a version that is no longer current.", "If-Match 请求头所指的版本已不是当前版本。"),
    NOT_PERMITTED(
            "The caller's role does not allow this value (createDepartment without the admin role, …).",
            "调用者的角色不允许使用该值（如没有管理员角色却使用 createDepartment）。"),

    // ---- the rules of the service

    BLOCKING_FINDING(
            "A finding of severity ERROR of the review or the reconciliation (its ruleId is given) blocks"
                    + " the submission.",
            "审核或核对中 ERROR 级别的问题（给出其 ruleId）阻止提交。"),
    MISSING_EXPLANATION(
            "An explanation the evaluation rules require is missing (a cause and measure, a deviation" + " reason).",
            "缺少评价规则要求的说明（原因及措施、偏差原因）。"),
    UNUSABLE_FIGURE("A figure the evaluation rules need is blank or cannot be used.", "评价规则需要的数值为空或无法使用。"),
    DECLARED_WEIGHTS_UNUSABLE(
            "The weight set takes the table's declared weights, and this one cannot be taken.",
            "权重集采用表中申报的权重，而此项权重无法采用。"),

    // ---- uploaded files and forms

    FILE_TOO_LARGE(
            "The file exceeds an import limit (bytes, rows, columns, cells, characters, or a zip bomb).",
            "文件超出导入限制（字节、行、列、单元格、字符数，或疑似压缩炸弹）。"),
    FILE_FORMAT_UNSUPPORTED(
            "The file's format is not supported (an old binary .xls workbook).", "不支持该文件格式（旧版二进制 .xls 工作簿）。"),
    FILE_ENCRYPTED("The workbook is password-protected.", "工作簿设有密码。"),
    FILE_UNREADABLE(
            "The file cannot be read in the declared format (not UTF-8, not an xlsx workbook, damaged).",
            "无法按声明的格式读取文件（不是 UTF-8、不是 xlsx 工作簿或文件已损坏）。"),
    NOT_THE_EXPECTED_FORM("The file is readable, but is not the form expected here.", "文件可以读取，但不是此处要求的表格。"),
    FORM_ROW_MISMATCH(
            "A row of an uploaded form is not the indicator of the approved table in that place, or one"
                    + " is missing.",
            "上传表格中的某行与批准的绩效目标表中同一位置的指标不符，或缺少该行。"),
    FORM_VALUE_CHANGED(
            "A value of an uploaded form (a target, a weight) differs from the approved one.",
            "上传表格中的某个值（目标值、权重）与批准的不同。"),
    FORMULA_IN_CELL("A cell of an uploaded form holds a formula; type the value.", "上传表格的单元格中含有公式，请直接填写数值。"),
    UNREADABLE_CELL("A cell of an uploaded file cannot be read as the value it must hold.", "上传文件的单元格无法读取为其应有的值。"),
    BLANK_CELL(
            "A cell of an uploaded form that must hold an amount is blank (blank is not 0).",
            "上传表格中应填写金额的单元格为空（空白不按 0 计）。");

    private final String descriptionEn;
    private final String descriptionZh;

    ViolationCode(String descriptionEn, String descriptionZh) {
        this.descriptionEn = descriptionEn;
        this.descriptionZh = descriptionZh;
    }

    /** What the code means, in English. */
    public String descriptionEn() {
        return descriptionEn;
    }

    /** What the code means, in Chinese. */
    public String descriptionZh() {
        return descriptionZh;
    }

    public String description(Language language) {
        return language == Language.ZH ? descriptionZh : descriptionEn;
    }
}
