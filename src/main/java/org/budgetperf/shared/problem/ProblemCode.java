package org.budgetperf.shared.problem;

/**
 * Stable machine-readable error codes, each with its HTTP status and its title in English and Chinese (the problem
 * document's {@code title}, in the request's language). Clients switch on these, so a code is never renamed or reused.
 * The violations inside a problem have codes of their own ({@link ViolationCode}).
 */
public enum ProblemCode {
    MALFORMED_REQUEST(400, "Malformed request", "请求格式错误"),
    VALIDATION_FAILED(400, "Request is invalid", "请求无效"),
    UNAUTHENTICATED(401, "Authentication required", "需要身份认证"),
    FORBIDDEN(403, "Not allowed", "无权执行此操作"),
    NOT_FOUND(404, "Resource not found", "资源不存在"),
    METHOD_NOT_ALLOWED(405, "Method not allowed", "不允许使用该方法"),
    NOT_ACCEPTABLE(406, "Not acceptable", "无法以可接受的格式表示"),
    CONFLICT(409, "Conflict", "冲突"),
    DUPLICATE_DEPARTMENT_CODE(409, "Department code already in use", "部门代码已被使用"),
    DUPLICATE_BUDGET(409, "Budget already exists for this department and year", "该部门在该年度已有绩效目标表"),
    DEPARTMENT_HAS_BUDGETS(409, "Department still has budgets", "部门仍有绩效目标表"),
    ILLEGAL_TRANSITION(409, "Action not possible in the table's current state", "表的当前状态不允许此操作"),
    EVENTS_PURGED(410, "Events no longer kept", "事件已超过保留期被清除"),
    PRECONDITION_FAILED(412, "Resource has changed", "资源已被修改"),
    PAYLOAD_TOO_LARGE(413, "Request body too large", "请求体过大"),
    IMPORT_TOO_LARGE(413, "File exceeds an import limit", "文件超出导入限制"),
    URI_TOO_LONG(414, "Request URI too long", "请求 URI 过长"),
    IMPORT_UNSUPPORTED_FORMAT(415, "File format not supported", "不支持该文件格式"),
    IMPORT_UNREADABLE(422, "File cannot be read in the declared format", "无法按声明的格式读取文件"),
    IMPORT_ENCRYPTED(422, "File is encrypted", "文件已加密"),
    IMPORT_NOT_A_TABLE(422, "File is not a budget performance target table", "文件不是部门整体预算绩效目标表"),
    UNSUPPORTED_MEDIA_TYPE(415, "Unsupported media type", "不支持的媒体类型"),
    BUSINESS_RULE_VIOLATED(422, "Request breaks a business rule", "请求违反业务规则"),
    SUBMISSION_BLOCKED(422, "Findings of severity ERROR block the submission", "存在 ERROR 级别的问题，不能提交"),
    EVALUATION_INCOMPLETE(422, "Required explanations or usable figures are missing", "缺少必需的说明或可用的数值"),
    FORM_MISMATCH(422, "The uploaded form does not match the approved table", "上传的表格与批准的绩效目标表不符"),
    IDEMPOTENCY_KEY_REUSED(422, "Idempotency key reused with a different request", "幂等键已用于另一个请求"),
    IDEMPOTENT_REQUEST_IN_PROGRESS(409, "A request with this idempotency key is still in progress", "使用该幂等键的请求仍在处理中"),
    PRECONDITION_REQUIRED(428, "If-Match header required", "需要 If-Match 请求头"),
    TOO_MANY_REQUESTS(429, "Too many requests", "请求过多"),
    HEADERS_TOO_LARGE(431, "Request headers too large", "请求头过大"),
    INTERNAL_ERROR(500, "Internal error", "内部错误"),
    DATABASE_UNAVAILABLE(503, "Database unavailable", "数据库不可用");

    private final int status;
    private final String title;
    private final String titleZh;

    ProblemCode(int status, String title, String titleZh) {
        this.status = status;
        this.title = title;
        this.titleZh = titleZh;
    }

    public int status() {
        return status;
    }

    /** The title in English: the same for every occurrence of the code. */
    public String title() {
        return title;
    }

    /** The title in Chinese. */
    public String titleZh() {
        return titleZh;
    }

    public String title(Language language) {
        return language == Language.ZH ? titleZh : title;
    }

    /** The {@code type} URI of the problem document: a stable identifier, documented in the contract. */
    public String type() {
        return "https://perf-targets.example/problems/" + name().toLowerCase().replace('_', '-');
    }
}
