package org.budgetperf.exchange.table;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.budgetperf.exchange.sheet.LabelText;

/**
 * The labels printed on a 部门整体预算绩效目标表, with the spellings seen in the wild. Cells are
 * placed by which label they are or stand next to, never by their column number, because copied
 * text loses leading empty cells and other departments move columns around.
 *
 * <p>A label matches when the normalised cell text (see {@link LabelText}), with or without its
 * trailing parenthesised qualifier, equals one of the spellings: {@code 拟投入的资金(元)} is
 * {@link #TASK_FUNDS}, {@code 其他需完成的任务(可选填)} is {@link #OTHER_TASKS}. A cell may also carry
 * its value inline after a colon ({@code 部门名称：东莞市归国华侨联合会}).
 */
enum FormLabel {
    DEPARTMENT("部门名称", "部门(单位)名称", "单位名称", "部门单位名称"),
    FISCAL_YEAR("年度", "预算年度", "年份"),
    STAFF_COUNT("财政供养人员数", "财政供养人数"),
    SUBORDINATE_UNITS("下属二级单位数", "下属单位数", "二级单位数"),
    BASIC_EXPENDITURE("基本支出"),
    PROJECT_EXPENDITURE("项目支出"),
    FISCAL_APPROPRIATION("财政拨款"),
    OTHER_FUNDS("其他资金"),
    SPECIAL_FUNDS("财政专项资金"),
    OTHER_DEVELOPMENT_EXPENDITURE("其他事业发展性支出"),
    CITY_LEVEL_FUNDS("市本级使用资金", "本级使用资金"),
    TRANSFER_PAYMENT_FUNDS("拟用于对下转移支付资金", "对下转移支付资金"),
    IMPLEMENTATION_PERIOD("实施周期"),

    /* Section captions: they carry no value but stop the search for one. */
    BASIC_INFO("基本信息"),
    BUDGET_OVERVIEW("预算整体情况", "部门预算整体情况"),
    SPENDING_SECTION("部门预算支出"),
    INCOME_SECTION("收入来源"),
    DEVELOPMENT_SECTION("事业发展性支出"),
    LEVEL_SECTION("按预算级次划分"),
    AMOUNT_CAPTION("预算金额", "金额"),

    /* Block anchors. */
    OVERALL_GOAL("总体绩效目标", "部门总体绩效目标", "整体绩效目标", "年度总体绩效目标"),
    KEY_TASKS("年度重点工作任务", "重点工作任务"),
    OTHER_TASKS("其他需完成的任务", "其他需要完成的任务"),
    INDICATORS("绩效指标", "年度绩效指标", "部门整体绩效指标"),

    /* Column captions of the task blocks. */
    TASK_NAME("名称", "任务名称"),
    TASK_CONTENT("主要实施内容", "目标内容", "实施内容", "主要内容"),
    TASK_FUNDS("拟投入的资金", "拟投入资金", "投入资金"),
    TASK_OUTCOME("期望达到的目标", "期望达到的目标概述", "预期目标"),

    /* Column captions of the indicator block. */
    LEVEL1("一级指标"),
    LEVEL2("二级指标"),
    LEVEL3("三级指标", "指标名称", "三级指标名称"),
    PERIOD_VALUE("实施周期指标值", "实施期指标值", "周期指标值"),
    ANNUAL_VALUE("年度指标值", "指标值", "目标值", "年度目标值"),
    WEIGHT("权重", "分值", "指标权重");

    /** A cell recognised as a label, with the value it carries after a colon, if any. */
    record Match(FormLabel label, String normalised, String inlineValue) {}

    private static final Map<String, FormLabel> BY_SPELLING = new HashMap<>();

    static {
        for (FormLabel label : values()) {
            for (String spelling : label.spellings) {
                BY_SPELLING.put(LabelText.normalise(spelling), label);
            }
        }
    }

    private final List<String> spellings;

    FormLabel(String... spellings) {
        this.spellings = List.of(spellings);
    }

    /** The label as printed on the Guangdong form, for messages. */
    String printed() {
        return spellings.get(0);
    }

    /**
     * One of this label's spellings, for a writer that prints another spelling than the Guangdong one
     * (Zhanjiang's single value column is captioned 指标值); refuses a spelling the readers would not know.
     */
    String printedAs(String spelling) {
        if (!spellings.contains(spelling)) {
            throw new IllegalArgumentException(spelling + " is not a spelling of " + this);
        }
        return spelling;
    }

    boolean isBlockAnchor() {
        return this == OVERALL_GOAL || this == KEY_TASKS || this == OTHER_TASKS || this == INDICATORS;
    }

    /** Which label the cell text is, if any. */
    static Optional<Match> match(String text) {
        String normalised = LabelText.normalise(text);
        if (normalised.isEmpty()) {
            return Optional.empty();
        }
        FormLabel label = BY_SPELLING.get(normalised);
        if (label == null) {
            label = BY_SPELLING.get(LabelText.base(normalised));
        }
        if (label != null) {
            return Optional.of(new Match(label, normalised, null));
        }
        int colon = normalised.indexOf(':');
        if (colon > 0 && colon < normalised.length() - 1) {
            FormLabel head = BY_SPELLING.get(LabelText.base(normalised.substring(0, colon)));
            if (head != null) {
                return Optional.of(new Match(head, normalised, afterFirstColon(text)));
            }
        }
        return Optional.empty();
    }

    /** Whether the text is this label. */
    boolean matches(String text) {
        return match(text)
                .filter(m -> m.label() == this && m.inlineValue() == null)
                .isPresent();
    }

    private static String afterFirstColon(String text) {
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (ch == ':' || ch == '：') {
                return text.substring(i + 1).strip();
            }
        }
        return "";
    }
}
