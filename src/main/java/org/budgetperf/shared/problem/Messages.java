package org.budgetperf.shared.problem;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * The message catalogue: every text the service writes into a problem document (a {@code detail}, a violation's
 * {@code message}), each once, in English and in Chinese side by side. A text with values has {@code {name}}
 * placeholders, the same in both languages; {@link #of} fills them in the order they first appear in the English text.
 * A value that is itself a {@link Text} (a noun of this catalogue, a message of the domain) is written in the same
 * language; other values as they are.
 *
 * <p>The texts that are the domain's own (rule findings and the explanations the evaluation rules ask for, the
 * refusals of the file readers) are not here: the domain writes them in both languages, and they are carried as
 * {@link Text#of(String, String)}.
 *
 * <p>Names are free to change (clients never see them); texts may be improved. What clients switch on are the
 * {@link ProblemCode} and the {@link ViolationCode}.
 */
public enum Messages {

    // ------------------------------------------------------------------ nouns, used as values of other texts

    BUDGET("budget", "绩效目标表"),
    DEPARTMENT("department", "部门"),
    TASK("task", "任务"),
    INDICATOR("indicator", "指标"),
    INDICATOR_FRAMEWORK("indicator framework", "指标框架"),
    SCORING_WEIGHT_SET("scoring weight set", "评分权重集"),
    REVIEW_RUN("review run", "审核记录"),
    RECONCILIATION_RUN("reconciliation run", "核对记录"),
    MONITORING_RUN("monitoring report", "监控报告"),
    SELF_EVALUATION_RUN("self-evaluation", "自评记录"),
    /** An indicator of a table named by its position (from 1) and name. */
    NUMBERED_INDICATOR("indicator {number} '{name}'", "第 {number} 条指标“{name}”"),

    // ------------------------------------------------------------------ any request

    FIELD_MESSAGE("{field}: {message}", "{field}：{message}"),
    /** A message after the code of what it reports (a rule id, a finding code). */
    CODED_MESSAGE("{code}: {message}", "{code}：{message}"),
    FIELDS_INVALID("{count} fields are invalid; see violations", "有 {count} 处输入无效，见 violations"),
    NOT_FOUND("{what} {id} does not exist", "{what} {id} 不存在"),
    NO_RESOURCE_AT("no resource at {path}", "{path} 处没有资源"),
    REQUIRED("required", "必填"),
    BODY_REQUIRED("request body is required", "缺少请求体"),
    BODY_NOT_AN_OBJECT("request body must be a JSON object", "请求体必须是 JSON 对象"),
    MERGE_PATCH_NOT_AN_OBJECT("a merge patch must be a JSON object", "合并补丁（merge patch）必须是 JSON 对象"),
    NOT_WELL_FORMED_JSON("body is not well-formed JSON", "请求体不是格式正确的 JSON"),
    NOT_WELL_FORMED_JSON_AT(
            "body is not well-formed JSON (line {line}, column {column})", "请求体不是格式正确的 JSON（第 {line} 行，第 {column} 列）"),
    /** The reason is the JSON parser's own words, in English. */
    BEYOND_PARSING_LIMIT("body exceeds a parsing limit: {reason}", "请求体超出解析限制：{reason}"),
    REQUEST_UNREADABLE("the request could not be read", "无法读取该请求"),
    REQUEST_UNREADABLE_AT_HTTP_LAYER(
            "the request could not be read (check the path's percent-encoding and the headers)",
            "无法读取该请求（请检查路径的百分号编码和请求头）"),
    REQUEST_REFUSED("request refused", "请求被拒绝"),
    REQUEST_NOT_COMPLETED("the request could not be completed", "请求未能完成"),
    INTERNAL_ERROR(
            "the request could not be completed; quote the request id when reporting it",
            "请求未能完成；报告问题时请提供请求 id（requestId）"),
    DATABASE_UNAVAILABLE("the database is not reachable right now; retry later", "数据库暂时无法访问，请稍后重试"),
    METHOD_NOT_ALLOWED("method not allowed here", "此处不允许该方法"),
    METHOD_NOT_ALLOWED_ALLOW("method not allowed here; allowed: {allow}", "此处不允许该方法；允许的方法：{allow}"),
    SEND_JSON(
            "send the body as application/json (or the media type documented for this operation)",
            "请以 application/json（或此操作文档所列的媒体类型）发送请求体"),
    NOT_ACCEPTABLE("this resource cannot be represented in the requested media type", "该资源无法以所请求的媒体类型表示"),
    ACCEPT_UNREADABLE("the Accept header cannot be read as a list of media types", "无法将 Accept 请求头读取为媒体类型列表"),
    NOT_MEDIA_TYPES("not a list of media types", "不是媒体类型列表"),
    BODY_OVER_LIMIT("request body exceeds the documented limit", "请求体超出文档规定的上限"),
    BODY_OVER_DECLARED_LIMIT(
            "request body of {length} bytes exceeds the limit of {limit} bytes", "请求体为 {length} 字节，超过 {limit} 字节的上限"),
    HOST_REQUIRED("send a Host header naming this server", "请发送指明本服务器的 Host 请求头"),
    URI_TOO_LONG("the request URI is longer than {max} characters", "请求 URI 超过 {max} 个字符"),
    HEADERS_TOO_LARGE("the request headers are larger than {max} bytes", "请求头超过 {max} 字节"),
    ORIGIN_NOT_ALLOWED(
            "requests from the origin {origin} are not allowed (CORS_ORIGINS)", "不允许来自源 {origin} 的请求（CORS_ORIGINS）"),
    RATE_LIMITED(
            "more than {perMinute} requests a minute ({policy}); retry after {seconds} s",
            "每分钟请求超过 {perMinute} 次（{policy}）；请在 {seconds} 秒后重试"),

    // ------------------------------------------------------------------ tokens and roles

    SEND_BEARER_TOKEN(
            "send a valid bearer token: Authorization: Bearer <JWT>", "请发送有效的持有者令牌：Authorization: Bearer <JWT>"),
    TOKEN_INVALID("the bearer token is invalid or expired", "持有者令牌无效或已过期"),
    TOKEN_SUBJECT_UNRECORDABLE(
            "the token's subject cannot be recorded (too long, U+0000 or a lone surrogate)",
            "令牌的主体（subject）无法记录（过长、含 U+0000 或不成对的代理字符）"),
    SUBJECT_UNRECORDABLE("subject cannot be recorded", "主体（subject）无法记录"),
    TOKEN_DOES_NOT_GRANT("your token does not grant this operation", "您的令牌无权执行此操作"),

    // ------------------------------------------------------------------ versions and retries

    IF_MATCH_REQUIRED(
            "send If-Match with the ETag of the version you read, e.g. If-Match: {etag}",
            "请在 If-Match 中发送所读取版本的 ETag，例如 If-Match: {etag}"),
    IF_MATCH_STALE(
            "If-Match {sent} does not match the current ETag {current}; read the resource again and reapply your change",
            "If-Match {sent} 与当前的 ETag {current} 不符；请重新读取资源并重新应用修改"),
    STALE("stale", "已过期"),
    CHANGED_MEANWHILE(
            "the resource was changed by someone else meanwhile; read it again and retry with its new ETag",
            "资源已被他人修改；请重新读取，并以新的 ETag 重试"),
    IDEMPOTENCY_KEY_FORM(
            "Idempotency-Key must be 1 to 255 visible ASCII characters", "Idempotency-Key 须为 1 到 255 个可见 ASCII 字符"),
    VISIBLE_ASCII("1 to 255 visible ASCII characters", "须为 1 到 255 个可见 ASCII 字符"),
    IDEMPOTENCY_KEY_REUSED(
            "Idempotency-Key '{key}' was used for a different request; use a new key for a new request",
            "Idempotency-Key“{key}”已用于另一个请求；新的请求请使用新的键"),
    USED_FOR_ANOTHER_REQUEST("already used for a different request", "已用于另一个请求"),
    IDEMPOTENT_REQUEST_IN_PROGRESS(
            "the first request with Idempotency-Key '{key}' is still being processed; retry shortly",
            "使用 Idempotency-Key“{key}”的第一个请求仍在处理中，请稍后重试"),

    // ------------------------------------------------------------------ values (JSON, Bean Validation, query
    // parameters)

    UNKNOWN_PROPERTY("unknown or read-only property '{name}'", "未知或只读的属性“{name}”"),
    NOT_A_VALID("value {value} is not a valid {type}", "值 {value} 不是有效的{type}"),
    EXPECTED("expected {type}", "应为{type}"),
    VALUE_UNREADABLE("value cannot be read", "无法读取该值"),
    TYPE_DECIMAL("decimal number (e.g. \"5505100.00\")", "小数（如 \"5505100.00\"）"),
    TYPE_WHOLE_NUMBER("whole number", "整数"),
    TYPE_STRING("string", "字符串"),
    TYPE_BOOLEAN("boolean", "布尔值"),
    TYPE_ID("id (UUID)", "id（UUID）"),
    TYPE_ONE_OF("one of {values}", "以下值之一：{values}"),
    TYPE_ARRAY("array", "数组"),
    TYPE_OBJECT("object", "对象"),
    TYPE_VALUE("value", "值"),
    NUMBER_OUT_OF_BOUNDS(
            "number out of range: at most {integerDigits} digits before the decimal point and {decimals} after it",
            "数值超出范围：小数点前最多 {integerDigits} 位，小数点后最多 {decimals} 位"),
    UNSTORABLE_TEXT(
            "contains a character that cannot be stored (U+0000 or a lone surrogate)", "含有无法保存的字符（U+0000 或不成对的代理字符）"),
    AT_MOST_CHARACTERS("must be at most {max} characters", "不得超过 {max} 个字符"),
    AT_LEAST_CHARACTERS("must be at least {min} characters", "不得少于 {min} 个字符"),
    AT_MOST_ITEMS("at most {max} entries", "最多 {max} 项"),
    AT_LEAST_ITEMS("at least {min} entries", "至少 {min} 项"),
    AT_LEAST("must be at least {min}", "不得小于 {min}"),
    AT_MOST("must be at most {max}", "不得大于 {max}"),
    GREATER_THAN("must be greater than {min}", "须大于 {min}"),
    LESS_THAN("must be less than {max}", "须小于 {max}"),
    BETWEEN("must be between {min} and {max}", "须在 {min} 到 {max} 之间"),
    MUST_NOT_BE_NEGATIVE("must not be negative", "不得为负数"),
    DIGITS(
            "at most {integerDigits} digits before the decimal point and {decimals} after it",
            "小数点前最多 {integerDigits} 位，小数点后最多 {decimals} 位"),
    FORMAT_NOT_MET("does not have the required format", "格式不符合要求"),
    NOT_VALID("is not valid", "无效"),
    WHOLE_NUMBER_DIGITS("must be a whole number written in the digits 0-9", "须为以数字 0-9 书写的整数"),
    MUST_BE_ID("must be an id (UUID)", "须为 id（UUID）"),
    MUST_BE_ONE_OF("must be one of {values}", "须为以下值之一：{values}"),
    TRUE_OR_FALSE("must be true or false", "须为 true 或 false"),
    AT_MOST_TIMES("may be given at most {max} times", "最多可给出 {max} 次"),
    RFC_3339(
            "must be an RFC 3339 date-time with an offset, e.g. 2024-06-01T08:00:00Z",
            "须为带时区偏移的 RFC 3339 日期时间，如 2024-06-01T08:00:00Z"),
    NO_SUCH_DATE_TIME("is not a date-time that exists", "不是存在的日期时间"),
    SORT_UNKNOWN_FIELD(
            "'{value}' is not a field the list can be sorted by; sort by {allowed} (comma-separated, '-' before a field for descending)",
            "“{value}”不是可排序的字段；可按 {allowed} 排序（逗号分隔，字段前加“-”为降序）"),
    SORT_FIELD_TWICE(
            "names '{value}' twice; sort by {allowed} (comma-separated, '-' before a field for descending)",
            "重复给出“{value}”；可按 {allowed} 排序（逗号分隔，字段前加“-”为降序）"),
    SORT_TOO_MANY(
            "must name at most {max} fields; sort by {allowed} (comma-separated, '-' before a field for descending)",
            "最多可给出 {max} 个字段；可按 {allowed} 排序（逗号分隔，字段前加“-”为降序）"),
    CURSOR_OTHER_LIST(
            "belongs to another list, filter or sort order; start again without a cursor, or send the filters and sort the cursor was issued for",
            "属于另一个列表、筛选条件或排序；请不带 cursor 重新开始，或发送签发该 cursor 时的筛选条件与排序"),
    CURSOR_DAMAGED(
            "is not a cursor this service issued (damaged, truncated or edited); use links.next as given",
            "不是本服务签发的 cursor（已损坏、截断或被修改）；请原样使用 links.next"),
    CURSOR_WITH_PAGE(
            "cannot be combined with page: a cursor says where its page starts", "不能与 page 同时使用：cursor 本身指明该页从何处开始"),
    SAME_FILTER_TWICE(
            "q and departmentName are the same filter; give one of them", "q 与 departmentName 是同一个筛选条件，只能给出其一"),
    YEAR_RANGE_REVERSED("must not be before fiscalYearFrom ({from})", "不得早于 fiscalYearFrom（{from}）"),
    EVENT_TYPE_FORMAT("not an event type or a family of them (indicator.*)", "不是事件类型或事件类型族（如 indicator.*）"),
    EVENTS_PURGED_THROUGH(
            "the events up to seq {seq} are no longer kept (retention); read from after={seq} on, and resynchronise what came before from the resources themselves",
            "seq {seq} 及之前的事件已超过保留期不再保存；请从 after={seq} 起读取，之前的变化请直接从资源本身重新同步"),
    MUST_BE_CSV("must be csv", "须为 csv"),
    LATER_THAN_OWN_YEAR("must be later than the table's own year {year}", "须晚于该表本身的年度 {year}"),
    NAME_TYPED_REQUIRED("the name typed so far is required", "必须提供已输入的名称"),
    EXPORT("export", "批量导出"),
    IMPORT("import", "导入"),
    EXPORT_FORMAT("must be xlsx-zip, tsv-zip, jsonl or datapackage-zip", "须为 xlsx-zip、tsv-zip、jsonl 或 datapackage-zip"),
    DATAPACKAGE_NEEDS_YEAR(
            "required with format datapackage-zip: the package is of one fiscal year",
            "format 为 datapackage-zip 时必填：公开数据包按年度生成"),
    DATAPACKAGE_WHOLE_YEAR(
            "not accepted with format datapackage-zip: the package discloses every approved table of the year",
            "format 为 datapackage-zip 时不接受此项：公开数据包包含该年度全部已批复的表"),
    EXPORT_BODY_REQUIRED(
            "a request body is required: at least {\"format\": \"xlsx-zip\"}", "缺少请求体：至少需要 {\"format\": \"xlsx-zip\"}"),
    EXPORTS_ACTIVE(
            "you have {active} exports queued or running; request another once one has finished",
            "您已有 {active} 个导出在排队或运行；请待其中一个完成后再申请"),
    EXPORT_EXPIRED(
            "export {id} expired at {at} and its file was deleted; request a new one",
            "导出 {id} 已于 {at} 过期，文件已删除；请重新申请"),
    EXPORT_NOT_READY(
            "export {id} is {state}; its file is ready once it is SUCCEEDED (GET /api/v1/exports/{id})",
            "导出 {id} 当前为 {state}；状态为 SUCCEEDED 后文件方可下载（GET /api/v1/exports/{id}）"),
    EXPORT_FILE_GONE("the file of export {id} is no longer there; request a new export", "导出 {id} 的文件已不存在；请重新申请导出"),
    NOT_YOUR_DEPARTMENT("not one of your departments", "不是您所编辑的部门"),
    NO_DEPARTMENT_CODE("no department has this code", "没有部门使用此代码"),
    EDITOR_EXPORTS_OWN("a department editor exports only the departments it edits", "部门编辑人员只能导出其所编辑的部门"),
    UNKNOWN_DEPARTMENTS("unknown departments", "未知的部门"),
    WEBHOOK_SUBSCRIPTION("webhook subscription", "Webhook 订阅"),
    WEBHOOK_DELIVERY("webhook delivery", "Webhook 投递"),
    EVENT_NOT_KEPT("event {seq} is no longer kept (retention); it cannot be sent again", "事件 {seq} 已超过保留期不再保存，无法再次发送"),
    EVENT_TYPE_FILTER(
            "not an event type (budget.approved), a family (indicator.*) or *",
            "不是事件类型（如 budget.approved）、事件类型族（如 indicator.*）或 *"),
    WEBHOOK_SECRET_FORMAT(
            "must be whsec_ followed by the base64 of 24 to 64 bytes", "须为 whsec_ 后接 24 至 64 字节的 base64 编码"),
    FISCAL_YEAR_REQUIRED("required: the fiscal year to count", "必填：要统计的年度"),
    YEAR_2000_TO_2100("must be a year from 2000 to 2100", "须为 2000 至 2100 之间的年份"),
    /** Bean Validation message templates of the service's own patterns name these entries. */
    DEPARTMENT_CODE_FORMAT(
            "letters, digits, '.', '_' and '-' only, starting with a letter or digit",
            "只能包含字母、数字、“.”、“_”和“-”，并以字母或数字开头"),
    WEIGHT_SET_CODE_FORMAT("lower-case letters, digits and -", "只能包含小写字母、数字和 -"),
    WEIGHT_SET_VERSION_FORMAT("letters, digits, . and -", "只能包含字母、数字、. 和 -"),
    WEIGHT_SET_REFERENCE("code or code@version of a scoring weight set", "评分权重集的 code 或 code@version"),

    // ------------------------------------------------------------------ money

    FINER_THAN_FEN_YUAN("more than 2 decimals: amounts in 元 are exact to the 分 (0.01)", "超过 2 位小数：以元为单位的金额精确到分（0.01）"),
    FINER_THAN_FEN_WAN_YUAN("more than 6 decimals of 万元 is finer than 1 分", "万元金额超过 6 位小数，精度细于 1 分"),
    AMOUNT_TOO_LARGE("too large: at most {digits} digits before the decimal point in 元", "金额过大：以元计小数点前最多 {digits} 位"),

    // ------------------------------------------------------------------ departments

    NO_SUCH_DEPARTMENT("no such department", "没有该部门"),
    DEPARTMENT_CODE_USED("department code '{code}' is already used", "部门代码“{code}”已被使用"),
    USED_BY_ANOTHER_DEPARTMENT("already used by another department", "已被其他部门使用"),
    ANOTHER_DEPARTMENT_USES_CODE("another department already uses this code", "其他部门已在使用此代码"),
    ALREADY_IN_USE("already in use", "已被使用"),
    DEPARTMENT_HAS_BUDGETS(
            "department {code} still has {count} budget table(s); delete them first",
            "部门 {code} 仍有 {count} 张绩效目标表，请先删除"),
    DEPARTMENT_HISTORY_FORBIDDEN(
            "only the finance bureau, administrators, readers and the department's own editors may read its history",
            "只有财政局、管理员、只读用户和本部门的编辑者可以查看其历史记录"),

    // ------------------------------------------------------------------ tables and their rows

    TABLE_EXISTS_FOR_YEAR("the department already has a table for this fiscal year", "该部门在此年度已有绩效目标表"),
    TABLE_EXISTS_FOR_YEAR_AT(
            "the department already has a table for {year}: /api/v1/budgets/{id}",
            "该部门 {year} 年度已有绩效目标表：/api/v1/budgets/{id}"),
    TABLE_OF_YEAR_EXISTS("a table for this department and year already exists", "该部门该年度的绩效目标表已存在"),
    TABLE_DOCUMENT_REQUIRED("a table document is required", "缺少绩效目标表文档"),
    TABLE_IS_OFFICIAL_RECORD(
            "budget {id} has {count} approved revision(s) and is an official record; it cannot be deleted",
            "绩效目标表 {id} 已有 {count} 个批准的修订版本，是正式记录，不能删除"),
    ONLY_DEPARTMENT_EDITORS_CHANGE(
            "only editors of department {code} may change its tables", "只有部门 {code} 的编辑者可以修改其绩效目标表"),
    TABLE_NOT_EDITABLE(
            "budget {id} is {status} and cannot be changed; only {editable} tables are editable",
            "绩效目标表 {id} 的状态为 {status}，不能修改；只有状态为 {editable} 的表可以编辑"),
    PERIOD_END_BEFORE_START("must not be before periodStartYear", "不得早于 periodStartYear"),
    UNKNOWN_FRAMEWORK(
            "unknown indicator framework '{code}'; see GET /api/v1/indicator-frameworks",
            "未知的指标框架“{code}”；见 GET /api/v1/indicator-frameworks"),
    TASK_BY_TASK_INDEX("tasks created in the same request are referenced by taskIndex", "同一请求中创建的任务应以 taskIndex 引用"),
    NO_TASK_IN_REQUEST("there is no task {index} in this request ({count} tasks)", "本请求中没有任务 {index}（共 {count} 个任务）"),
    NO_TASK("there is no task {index}", "没有任务 {index}"),
    TASK_INDEX_ONLY_IN_WHOLE_TABLE(
            "only used when creating a whole table; link with taskId here", "仅在创建整张表时使用；此处请用 taskId 关联"),
    NOT_A_TASK_OF_BUDGET("task {id} is not a task of this budget", "任务 {id} 不属于本绩效目标表"),
    TASK_OF_SAME_BUDGET("must name a task of the same budget", "须指明同一绩效目标表中的任务"),
    NOT_A_ROW_OF_TABLE("not a {row} of this table", "不是本表的{row}"),
    NOT_A_ROW("not a row of this table", "不是本表的行"),
    SENT_TWICE("sent twice", "重复发送"),
    ROWS_NAMED_BY_IDS("rows are named by ids of this table's rows", "各行须以本表各行的 id 指明"),
    ROWS_REQUIRED("the rows are required (an empty list deletes every row)", "必须提供各行（空列表表示删除所有行）"),
    TOO_MANY_ROWS("{count} rows sent; one request replaces at most {max}", "发送了 {count} 行；一次请求最多替换 {max} 行"),
    AT_MOST_ROWS("at most {max} rows", "最多 {max} 行"),
    EXPECTED_ROW("expected a row (a JSON object)", "应为一行（JSON 对象）"),
    POSITION_IS_ORDER("the rows take the order of the list; leave position out", "各行按列表顺序排列，请不要发送 position"),
    EXPECTED_ROW_ID("expected the id (a UUID) of a row of this table", "应为本表某一行的 id（UUID）"),
    FORMAT_REQUIRED("required: xlsx or tsv", "必填：xlsx 或 tsv"),
    FORMAT_XLSX_OR_TSV("must be xlsx or tsv", "须为 xlsx 或 tsv"),

    // ------------------------------------------------------------------ lifecycle and revisions

    SUBMISSION_BLOCKED(
            "{count} finding(s) of severity ERROR block the submission; fix them and submit again (review run"
                    + " {reviewRunId}, reconciliation run {reconciliationRunId})",
            "有 {count} 项 ERROR 级别的问题阻止提交；请修正后重新提交（审核记录 {reviewRunId}，核对记录 {reconciliationRunId}）"),
    RETURN_REASONS_REQUIRED("the reasons for returning the table are required", "退回时须说明理由"),
    CHANGED_WHILE_CHECKED("the table changed while it was being checked; submit again", "检查期间表已被修改，请重新提交"),
    ACTION_NOT_POSSIBLE(
            "budget {id} is {status}; '{action}' is not possible; allowed now: {allowed}",
            "绩效目标表 {id} 的状态为 {status}，不能执行“{action}”；当前允许：{allowed}"),
    ACTION_FOR_EDITORS("'{action}' is for the department's editors", "“{action}”只能由本部门的编辑者执行"),
    ACTION_FOR_BUREAU("'{action}' is for the finance bureau ({role})", "“{action}”只能由财政局（{role}）执行"),
    REVISION_NOT_FOUND("revision {number} of budget {id} does not exist", "绩效目标表 {id} 的修订版本 {number} 不存在"),
    NOT_APPROVED(
            "budget {id} is {status}; monitoring and self-evaluation concern an APPROVED table (or, while it is"
                    + " ADJUSTING, its last approved revision)",
            "绩效目标表 {id} 的状态为 {status}；监控和自评针对已批准（APPROVED）的表（调整中（ADJUSTING）时针对其最近批准的修订版本）"),
    FIRST_REVISION(
            "revision {number} is the first; name the revision to compare it with",
            "修订版本 {number} 是第一个版本；请指明要与之比较的修订版本"),

    // ------------------------------------------------------------------ checks and evaluations

    EDITORS_REPORT_ON_OWN_TABLES("the department's editors report on their own tables", "监控和自评由本部门的编辑者就本部门的表填报"),
    EDITORS_AND_BUREAU_RUN_CHECKS(
            "the department's editors and the finance bureau run checks on a table", "只有本部门的编辑者和财政局可以对表运行检查"),
    DECLARED_WEIGHTS_UNUSABLE(
            "the weight set takes the declared weights, and they cannot be taken; see violations",
            "该权重集采用表中申报的权重，而这些权重无法采用，见 violations"),
    EVALUATION_INCOMPLETE(
            "{count} required explanation(s) or usable figure(s) missing; see violations",
            "缺少 {count} 项必需的说明或可用的数值，见 violations"),
    /** A message of the evaluation rules about one subject (an indicator, a task). */
    ABOUT_SUBJECT("{subject}: {message}", "{subject}：{message}"),
    MONTH_REQUIRED("required: the month the report is for (1-12)", "必填：报告所属的月份（1-12）"),
    BODY_MUST_BE_FORM("the request body must be the filled-in form (xlsx)", "请求体须为填好的表格（xlsx）"),
    NO_INDICATOR_IN_CELL("{cell} holds no indicator name on this form", "此表格的 {cell} 单元格中没有指标名称"),
    NOT_CELL_PERCENT(
            "'{entry}' is not CELL:PERCENT, e.g. B22:100 (0–100)", "“{entry}”不是“单元格:百分比”的形式，例如 B22:100（0–100）"),
    GIVEN_TWICE("{value} is given twice", "{value} 出现了两次"),
    NO_WEIGHT_SET(
            "no scoring weight set {reference}; GET /api/v1/scoring-weight-sets lists them",
            "没有评分权重集 {reference}；GET /api/v1/scoring-weight-sets 列出全部权重集"),
    UNKNOWN_WEIGHT_SET("unknown scoring weight set {reference}", "未知的评分权重集 {reference}"),
    AS_DECLARED_STATES_NO_WEIGHTS(
            "an as-declared set takes each table's weights and states none", "按申报权重的权重集采用各表的权重，自身不列权重"),
    FIXED_SET_STATES_WEIGHTS("a fixed set states its group weights", "固定权重集须列明各组权重"),
    WEIGHT_SET_REQUIRED("a weight set is required", "缺少权重集"),
    WEIGHT_SET_EXISTS(
            "weight set {code}@{version} exists; a set is never changed, add a new version",
            "权重集 {code}@{version} 已存在；权重集不可修改，请新增版本"),
    WEIGHT_SET_VERSION_EXISTS(
            "this version of the weight set exists; a set is never changed, add a new version",
            "该权重集的此版本已存在；权重集不可修改，请新增版本"),
    VERSION_EXISTS_FOR("already exists for {code}", "{code} 已有此版本"),
    ALREADY_EXISTS("already exists", "已存在"),

    // ------------------------------------------------------------------ uploaded forms

    FORM_CELLS_REFUSED(
            "{count} cell(s) of the form cannot be taken over; see violations", "表格中有 {count} 个单元格无法采用，见 violations"),
    FORMULA_NOT_ACCEPTED(
            "a formula is not accepted in an uploaded form: type the value ({finding})",
            "上传的表格中不接受公式，请直接填写数值（{finding}）"),
    ROW_NOT_AN_INDICATOR(
            "row '{name}' is not an indicator of the approved table, which has {count}",
            "“{name}”不是批准的绩效目标表中的指标（共 {count} 条）"),
    ROW_IS_ANOTHER_INDICATOR(
            "row {row} of the indicators is '{name}', but {expected} is expected there (rows are matched by position"
                    + " and name)",
            "指标第 {row} 行为“{name}”，应为{expected}（按行序和名称对应）"),
    ROW_MISSING(
            "{indicator} of the approved table has no row in the form (after this cell)", "表中缺少{indicator}（应在此单元格之后）"),
    MONTH_OF_FORM("监控月份 must be a month from 1 to 12", "监控月份须为 1–12 的月份"),
    /** The label is the form's own caption (截至本月执行数, 全年执行数, 全年预算数). */
    BLANK_AMOUNT("{label} is blank; blank is not 0", "{label}为空（空白不按 0 计）"),

    // ------------------------------------------------------------------ imports

    BODY_MUST_BE_TABLE_FILE("the request body must be the table file", "请求体须为绩效目标表文件"),
    EMPTY("empty", "为空"),
    SAY_WHAT_THE_FILE_IS("say what the file is: Content-Type {xlsx} or {tsv}", "请说明文件类型：Content-Type {xlsx} 或 {tsv}"),
    NO_FISCAL_YEAR("the file states no fiscal year (年度)", "文件中没有写明年度"),
    NO_YEAR_IN_TITLE("no year found in the title", "标题中没有年份"),
    CREATING_DEPARTMENT_NEEDS_ADMIN("creating a department needs the admin role", "创建部门需要管理员（admin）角色"),
    NEEDS_ADMIN("needs the admin role", "需要管理员（admin）角色"),
    NO_DEPARTMENT_WITH_CODE(
            "no department with code {code}; add createDepartment=true to create it",
            "没有代码为 {code} 的部门；如需创建，请加上 createDepartment=true"),
    NO_DEPARTMENT_NAMED(
            "no department is named {name}; name it with departmentId or departmentCode",
            "没有名为 {name} 的部门；请用 departmentId 或 departmentCode 指明"),
    SEVERAL_DEPARTMENTS_NAMED(
            "several departments are named {name}; name it with departmentId or departmentCode",
            "有多个部门名为 {name}；请用 departmentId 或 departmentCode 指明"),
    REPLACEABLE_TABLE_EXISTS(
            "{department} already has a {status} table for {year}: /api/v1/budgets/{id}; add replace=true to replace it",
            "{department} 已有 {year} 年度状态为 {status} 的绩效目标表：/api/v1/budgets/{id}；如需替换，请加上 replace=true"),
    TABLE_EXISTS_NOT_REPLACEABLE(
            "{department} already has a {status} table for {year}: /api/v1/budgets/{id}; only a DRAFT can be replaced",
            "{department} 已有 {year} 年度状态为 {status} 的绩效目标表：/api/v1/budgets/{id}；只有 DRAFT 状态的表可以替换"),
    SET_REPLACE("set to true to replace the DRAFT", "设为 true 以替换该 DRAFT"),
    EXISTING_TABLE_IS("the existing table is {status}", "已有的表状态为 {status}");

    private final String en;
    private final String zh;
    private final List<String> placeholders;

    Messages(String en, String zh) {
        this.en = en;
        this.zh = zh;
        this.placeholders = placeholders(en);
    }

    /** The English text, with its placeholders. */
    public String en() {
        return en;
    }

    /** The Chinese text, with its placeholders. */
    public String zh() {
        return zh;
    }

    /** The text in {@code language}, with its placeholders. */
    public String template(Language language) {
        return language == Language.ZH ? zh : en;
    }

    /** The names of the placeholders, in the order they first appear in the English text. */
    public List<String> placeholders() {
        return placeholders;
    }

    /**
     * This text with its placeholders filled in by {@code values}, in the order the names first appear in the English
     * text.
     *
     * @throws IllegalArgumentException when the number of values is not the number of placeholders
     */
    public Text of(Object... values) {
        if (values.length != placeholders.size()) {
            throw new IllegalArgumentException(
                    name() + " takes " + placeholders.size() + " values " + placeholders + ", not " + values.length);
        }
        return new FilledMessage(this, Collections.unmodifiableList(Arrays.asList(values.clone())));
    }

    /** The names of {@code template}'s placeholders, each once, in order (see {@link FilledMessage}). */
    static List<String> placeholders(String template) {
        return FilledMessage.placeholders(template);
    }
}
