package org.budgetperf.disclosure;

import java.util.List;

/**
 * The CSV files of a disclosure package and their Table Schemas (Frictionless Data Package v1). Column names are
 * stable: a consumer's import keeps working as long as a column is only ever added, never renamed or removed.
 * The descriptor ({@code datapackage.json}) and the files' header rows are both written from these definitions,
 * so they cannot disagree.
 */
final class OpenDataTables {

    private OpenDataTables() {}

    /** A column: Table Schema {@code type} (and {@code format}), whether a value is required, and its meaning. */
    record Field(String name, String type, String format, boolean required, String title, String description) {

        static Field required(String name, String type, String title, String description) {
            return new Field(name, type, "default", true, title, description);
        }

        static Field optional(String name, String type, String title, String description) {
            return new Field(name, type, "default", false, title, description);
        }

        static Field uuid(String name, boolean required, String title, String description) {
            return new Field(name, "string", "uuid", required, title, description);
        }
    }

    /** A foreign key: {@code fields} of this resource refer to {@code referenceFields} of {@code resource}. */
    record ForeignKey(List<String> fields, String resource, List<String> referenceFields) {}

    /** One CSV file of the package. */
    record Resource(
            String name,
            String title,
            String description,
            List<Field> fields,
            List<String> primaryKey,
            List<ForeignKey> foreignKeys) {

        String path() {
            return name + ".csv";
        }

        List<String> header() {
            return fields.stream().map(Field::name).toList();
        }
    }

    static final Resource DEPARTMENTS = new Resource(
            "departments",
            "部门 Departments",
            "Every department with at least one disclosed table.",
            List.of(
                    Field.uuid("department_id", true, "部门标识", "the department's id in the service"),
                    Field.required("code", "string", "部门编码", "the department's code"),
                    Field.required("name", "string", "部门名称", "the department's name as printed on its table")),
            List.of("department_id"),
            List.of());

    static final Resource TABLES = new Resource(
            "tables",
            "部门整体预算绩效目标表 Performance target tables",
            "One row per disclosed table: its last approved revision.",
            List.of(
                    Field.uuid("table_id", true, "目标表标识", "the table's id in the service"),
                    Field.uuid("department_id", true, "部门标识", "the department the table belongs to"),
                    Field.required("fiscal_year", "integer", "年度", "the fiscal year"),
                    Field.optional("period_start_year", "integer", "实施期起", "first year of a multi-year period"),
                    Field.optional("period_end_year", "integer", "实施期止", "last year of a multi-year period"),
                    Field.required("revision", "integer", "批复版本", "the approved revision disclosed (1 = first)"),
                    Field.required("approved_at", "datetime", "批复时间", "when that revision was approved"),
                    Field.required("framework_code", "string", "指标体系", "the indicator framework of the table"),
                    Field.optional("staff_count", "integer", "编制人数", "编制人数 as stated on the table"),
                    Field.optional("subordinate_unit_count", "integer", "下属单位数", "下属单位数 as stated"),
                    Field.optional(
                            "overall_goal", "string", "整体绩效目标", "the goal as plain text, one paragraph per line")),
            List.of("table_id"),
            List.of(new ForeignKey(List.of("department_id"), "departments", List.of("department_id"))));

    static final Resource AMOUNTS = new Resource(
            "amounts",
            "预算金额 Budget amounts",
            "The table's amounts in 元, one row per item; a blank item is an empty amount, never 0.",
            List.of(
                    Field.uuid("table_id", true, "目标表标识", "the table"),
                    Field.required("item", "string", "项目", "the amount's key, as in the API (amounts.<item>)"),
                    Field.required("item_zh", "string", "项目名称", "the item's caption on the form"),
                    Field.optional("amount_yuan", "number", "金额（元）", "exact to the 分; empty when blank")),
            List.of("table_id", "item"),
            List.of(new ForeignKey(List.of("table_id"), "tables", List.of("table_id"))));

    static final Resource TASKS = new Resource(
            "tasks",
            "重点工作任务 Tasks",
            "The tasks of each table in form order.",
            List.of(
                    Field.uuid("task_id", true, "任务标识", "the task's id in the service"),
                    Field.uuid("table_id", true, "目标表标识", "the table"),
                    Field.required("position", "integer", "序号", "position in the table, from 0"),
                    Field.required("kind", "string", "任务类型", "KEY (重点工作任务) or OTHER (其他工作任务)"),
                    Field.required("name", "string", "任务名称", "the task's name"),
                    Field.optional("content", "string", "主要实施内容", "what the task does"),
                    Field.optional("planned_funds_yuan", "number", "预算金额（元）", "planned funds; empty when blank"),
                    Field.optional("expected_outcome", "string", "期望达到的目标", "the expected outcome")),
            List.of("task_id"),
            List.of(new ForeignKey(List.of("table_id"), "tables", List.of("table_id"))));

    static final Resource INDICATORS = new Resource(
            "indicators",
            "绩效指标 Performance indicators",
            "The indicators of each table in form order, with the annual target as read by the service.",
            List.of(
                    Field.uuid("indicator_id", true, "指标标识", "the indicator's id in the service"),
                    Field.uuid("table_id", true, "目标表标识", "the table"),
                    Field.required("position", "integer", "序号", "position in the table, from 0"),
                    Field.optional("level1", "string", "一级指标", "一级指标"),
                    Field.optional("level2", "string", "二级指标", "二级指标"),
                    Field.required("name", "string", "三级指标", "the indicator's name"),
                    Field.optional("period_value", "string", "实施期指标值", "the period target as written"),
                    Field.optional("annual_value", "string", "年度指标值", "the annual target as written"),
                    Field.optional("annual_operator", "string", "比较", "≥, ≤, =, >, < of the annual target"),
                    Field.optional("annual_number", "number", "目标数值", "the annual target's number"),
                    Field.optional("annual_unit", "string", "计量单位", "the annual target's unit"),
                    Field.optional("weight", "number", "权重（分值）", "the indicator's weight when stated"),
                    Field.uuid("task_id", false, "关联任务", "the task the indicator measures, when linked")),
            List.of("indicator_id"),
            List.of(
                    new ForeignKey(List.of("table_id"), "tables", List.of("table_id")),
                    new ForeignKey(List.of("task_id"), "tasks", List.of("task_id"))));

    static final Resource SELF_EVALUATIONS = new Resource(
            "self_evaluations",
            "绩效自评结果 Self-evaluation results",
            "The latest self-evaluation recorded for each disclosed table: the department's own score and grade.",
            List.of(
                    Field.uuid("table_id", true, "目标表标识", "the table"),
                    Field.uuid("run_id", true, "自评标识", "the recorded self-evaluation"),
                    Field.required("recorded_at", "datetime", "自评时间", "when it was recorded"),
                    Field.required("total_score", "number", "自评得分", "total score out of 100"),
                    Field.required("grade", "string", "评价等级", "优, 良, 中 or 差")),
            List.of("table_id"),
            List.of(new ForeignKey(List.of("table_id"), "tables", List.of("table_id"))));

    static final List<Resource> ALL = List.of(DEPARTMENTS, TABLES, AMOUNTS, TASKS, INDICATORS, SELF_EVALUATIONS);
}
