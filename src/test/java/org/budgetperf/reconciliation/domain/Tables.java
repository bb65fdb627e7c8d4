package org.budgetperf.reconciliation.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import org.budgetperf.budget.domain.BudgetAmounts;
import org.budgetperf.budget.domain.TargetTable;
import org.budgetperf.budget.domain.TaskKind;
import org.budgetperf.budget.domain.TaskLine;

/** Target-table fixtures: the real tables in src/test/resources/real/, and a builder for edge cases. */
final class Tables {

    /** The largest NUMERIC(18,2) amount. */
    static final BigDecimal MAX_AMOUNT = new BigDecimal("9999999999999999.99");

    private Tables() {}

    /** An amount in 元 with two decimals, exactly as written. */
    static BigDecimal yuan(String value) {
        return new BigDecimal(value);
    }

    /**
     * An xlsx 万元 cell value converted to 元: the double's text is rounded half-up to 6 decimals of
     * 万元 (= 分), as the importer does (domain.md §1), then moved to 元 with scale 2.
     */
    static BigDecimal wanCell(String cellValue) {
        return new BigDecimal(cellValue)
                .setScale(6, RoundingMode.HALF_UP)
                .movePointRight(4)
                .setScale(2, RoundingMode.UNNECESSARY);
    }

    /**
     * dongguan-2024-overseas-chinese-federation.txt. The form gives the eight amounts in 万元
     * (550.51, 262.93, 842.74, 0.00, 0.00, 29.30, blank, 0.00) and the task funds in 元.
     */
    static TargetTable dongguan2024() {
        return amounts()
                .basic("5505100.00")
                .project("2629300.00")
                .appropriation("8427400.00")
                .otherFunds("0.00")
                .special("0.00")
                .otherDevelopment("293000.00")
                .cityLevel(null)
                .transfer("0.00")
                .key("任务1: 侨务业务及活动", "632600.00")
                .key("任务2: 海外青年才俊聚东莞活动", "342000.00")
                .key("任务3: 归侨侨眷权益工作", "52200.00")
                .key("任务4: 市侨联归国留学人员工作", "190000.00")
                .key("任务5: 侨文化宣传工作", "27200.00")
                .key("任务6: 支持镇街级侨胞之家", "640000.00")
                .other("其他任务: 省华侨事业费", "293000")
                .table("东莞市归国华侨联合会", 2024);
    }

    /** zhanjiang-2023-hrss.xlsx, sheet1. Amounts in 万元 with float noise; the development block is blank. */
    static TargetTable zhanjiang2023() {
        return new Builder()
                .set(0, wanCell("10596.35")) // C5 基本支出
                .set(1, wanCell("72204.570000000007")) // C6 项目支出
                .set(2, wanCell("82800.920000000013")) // E5 财政拨款, formula SUM(C5:C6), cached value
                .set(3, wanCell("0")) // E6 其他资金
                // C8 财政专项资金, C9 其他事业发展性支出, E8 市本级使用资金, E9 拟用于对下转移支付资金: empty cells
                .task(TaskKind.KEY, "城乡居民养老保险政府补贴资金", wanCell("20140")) // D12
                .task(TaskKind.KEY, "创业担保贷款贴息资金", wanCell("790")) // D13
                .task(TaskKind.KEY, "促进就业专项资金", wanCell("500")) // D14
                .table("湛江市人力资源和社会保障局", 2023);
    }

    /** zhanjiang-2024-hrss.xlsx, sheet1. Amounts in 万元 with 6 decimals; the development block is blank. */
    static TargetTable zhanjiang2024() {
        return new Builder()
                .set(0, wanCell("10891.615675")) // C5 基本支出
                .set(1, wanCell("61915.7693")) // C6 项目支出
                .set(2, wanCell("72807.384975")) // E5 财政拨款, formula C5+C6, cached value
                .set(3, wanCell("0")) // E6 其他资金
                // C8, C9, E8, E9: empty cells
                .task(TaskKind.KEY, "城乡居民养老保险政府补贴资金", wanCell("18862")) // D12
                .task(TaskKind.KEY, "“三支一扶”高校毕业生社会保险缺口资金及生活补贴", wanCell("587.81")) // D13
                .task(TaskKind.KEY, "促进就业专项资金（含创业担保贷款贴息资金）", wanCell("1140")) // D14
                .table("湛江市人力资源和社会保障局", 2024);
    }

    /** A table with all eight amounts blank and no tasks. */
    static TargetTable blank() {
        return amounts().table("空白部门", 2026);
    }

    /** The one result a rule returned; fails the test when there are more or none. */
    static RuleResult single(List<RuleResult> results) {
        org.junit.jupiter.api.Assertions.assertEquals(1, results.size(), () -> "expected one result, got " + results);
        return results.get(0);
    }

    static Builder amounts() {
        return new Builder();
    }

    /** Builds a table; amounts are given as 元 strings, null = blank. */
    static final class Builder {
        private final BigDecimal[] a = new BigDecimal[8];
        private final List<TaskLine> tasks = new ArrayList<>();

        Builder set(int index, BigDecimal value) {
            a[index] = value;
            return this;
        }

        private Builder set(int index, String value) {
            return set(index, value == null ? null : new BigDecimal(value));
        }

        Builder basic(String v) {
            return set(0, v);
        }

        Builder project(String v) {
            return set(1, v);
        }

        Builder appropriation(String v) {
            return set(2, v);
        }

        Builder otherFunds(String v) {
            return set(3, v);
        }

        Builder special(String v) {
            return set(4, v);
        }

        Builder otherDevelopment(String v) {
            return set(5, v);
        }

        Builder cityLevel(String v) {
            return set(6, v);
        }

        Builder transfer(String v) {
            return set(7, v);
        }

        Builder key(String name, String funds) {
            return task(TaskKind.KEY, name, funds == null ? null : new BigDecimal(funds));
        }

        Builder other(String name, String funds) {
            return task(TaskKind.OTHER, name, funds == null ? null : new BigDecimal(funds));
        }

        Builder task(TaskKind kind, String name, BigDecimal funds) {
            tasks.add(new TaskLine(kind, name, name + " 的内容", funds, kind == TaskKind.KEY ? "目标" : null));
            return this;
        }

        BudgetAmounts build() {
            return new BudgetAmounts(a[0], a[1], a[2], a[3], a[4], a[5], a[6], a[7]);
        }

        TargetTable table(String department, int year) {
            return new TargetTable(department, year, null, null, null, null, build(), "<p>目标</p>", tasks, List.of());
        }

        TargetTable table() {
            return table("测试部门", 2026);
        }
    }
}
