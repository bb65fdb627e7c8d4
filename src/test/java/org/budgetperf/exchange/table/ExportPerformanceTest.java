package org.budgetperf.exchange.table;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.budgetperf.budget.domain.BudgetAmounts;
import org.budgetperf.budget.domain.IndicatorLine;
import org.budgetperf.budget.domain.TargetTable;
import org.budgetperf.budget.domain.TaskKind;
import org.budgetperf.budget.domain.TaskLine;
import org.budgetperf.budget.indicator.domain.IndicatorFramework;
import org.junit.jupiter.api.Test;

/**
 * Export and re-import of a large table (200 tasks, 2,000 indicators, about 70 times Dongguan's indicators),
 * in both formats. Timings are printed, not asserted tightly (the target is under 2 s each on the 2-core
 * build machine; 10 s is only a sanity bound, because the machine is shared). Recorded numbers are in
 * docs/export.md.
 */
class ExportPerformanceTest {

    private static final Duration SANITY_BOUND = Duration.ofSeconds(10);

    @Test
    void exportsAndReimportsALargeTableInBothFormats() {
        TargetTable table = large(RealTables.GUANGDONG);
        for (int run = 1; run <= 3; run++) {
            byte[][] xlsx = new byte[1][];
            Duration writeXlsx = time(() -> xlsx[0] = Exports.xlsx(table, RealTables.GUANGDONG));
            TargetTable[] fromXlsx = new TargetTable[1];
            Duration readXlsx = time(() -> fromXlsx[0] =
                    Exports.readXlsx(xlsx[0], RealTables.GUANGDONG).table());
            String[] text = new String[1];
            Duration writeText = time(() -> text[0] = Exports.text(table, RealTables.GUANGDONG));
            TargetTable[] fromText = new TargetTable[1];
            Duration readText = time(() -> fromText[0] =
                    Exports.readText(text[0], RealTables.GUANGDONG).table());

            System.out.printf(
                    "export run %d (200 tasks, 2000 indicators): xlsx write %d ms + read %d ms (%d kB); "
                            + "text write %d ms + read %d ms (%d kB)%n",
                    run,
                    writeXlsx.toMillis(),
                    readXlsx.toMillis(),
                    xlsx[0].length / 1024,
                    writeText.toMillis(),
                    readText.toMillis(),
                    text[0].length() / 1024);
            assertThat(fromXlsx[0]).isEqualTo(Exports.asPrinted(table));
            assertThat(fromText[0]).isEqualTo(Exports.asPrinted(table));
            assertThat(writeXlsx.plus(readXlsx)).isLessThan(SANITY_BOUND);
            assertThat(writeText.plus(readText)).isLessThan(SANITY_BOUND);
        }
    }

    static TargetTable large(IndicatorFramework framework) {
        List<TaskLine> tasks = new ArrayList<>();
        for (int i = 1; i <= 200; i++) {
            tasks.add(new TaskLine(
                    i <= 180 ? TaskKind.KEY : TaskKind.OTHER,
                    "任务" + i + ": 侨务业务及活动",
                    "一、开展各类联络联谊交流活动; 二、持续巩固海外社团和港澳侨界传统社团的联络交往; 三、传统节日开展走访慰问活动。" + i,
                    new BigDecimal(632_600 + i + ".00"),
                    i <= 180 ? "通过积极开展海外华侨社团首脑、华侨、华人等的联谊交流工作,促进乡情友情。" : null));
        }
        List<IndicatorLine> indicators = new ArrayList<>();
        var entries = framework.entries();
        for (int i = 0; i < 2000; i++) {
            var entry = entries.get((i / 10) % entries.size());
            indicators.add(new IndicatorLine(
                    entry.level1(),
                    entry.level2(),
                    "公众号发布推送篇数" + i,
                    "≥" + (900 + i) + "篇",
                    "≥" + (300 + i) + "篇",
                    null,
                    null));
        }
        BudgetAmounts amounts = new BudgetAmounts(
                new BigDecimal("5505100.00"),
                new BigDecimal("2629300.00"),
                new BigDecimal("8427400.00"),
                new BigDecimal("0.00"),
                new BigDecimal("0.00"),
                new BigDecimal("293000.00"),
                null,
                new BigDecimal("0.00"));
        return new TargetTable(
                "东莞市归国华侨联合会", 2024, 2024, 2026, 0, 1, amounts, "<p>目标一</p> <p>目标二</p>", tasks, indicators);
    }

    private static Duration time(Runnable step) {
        long start = System.nanoTime();
        step.run();
        return Duration.ofNanos(System.nanoTime() - start);
    }
}
