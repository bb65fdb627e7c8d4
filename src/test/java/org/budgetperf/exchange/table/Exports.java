package org.budgetperf.exchange.table;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.stream.Collectors;
import org.budgetperf.budget.domain.GoalParagraphs;
import org.budgetperf.budget.domain.TargetTable;
import org.budgetperf.budget.indicator.domain.IndicatorFramework;
import org.budgetperf.exchange.sheet.HtmlText;

/** Write-then-read helpers for the export tests. */
final class Exports {

    private Exports() {}

    static byte[] xlsx(TargetTable table, IndicatorFramework framework) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new XlsxTableWriter().write(table, framework, out);
        return out.toByteArray();
    }

    static String text(TargetTable table, IndicatorFramework framework) {
        return new TabSeparatedTableWriter().write(table, framework);
    }

    static ImportResult readXlsx(byte[] xlsx, IndicatorFramework framework) {
        return new XlsxTableReader().read(new ByteArrayInputStream(xlsx), framework);
    }

    static ImportResult readText(String text, IndicatorFramework framework) {
        return new TabSeparatedTableReader().read(text, framework);
    }

    /** The table after an xlsx export and re-import. */
    static TargetTable viaXlsx(TargetTable table, IndicatorFramework framework) {
        return readXlsx(xlsx(table, framework), framework).table();
    }

    /** The table after a text export and re-import. */
    static TargetTable viaText(TargetTable table, IndicatorFramework framework) {
        return readText(text(table, framework), framework).table();
    }

    /**
     * The table as the form carries it: the goal as its paragraphs, each escaped in a {@code <p>}, which is what the
     * readers make of the printed lines (markup and white space between paragraphs are not printed).
     */
    static TargetTable asPrinted(TargetTable t) {
        List<String> lines = GoalParagraphs.of(t.overallGoalHtml());
        String goal = lines.isEmpty()
                ? null
                : lines.stream().map(l -> "<p>" + HtmlText.escape(l) + "</p>").collect(Collectors.joining());
        return withGoal(t, goal);
    }

    /** The table with another overall goal. */
    static TargetTable withGoal(TargetTable t, String goal) {
        return new TargetTable(
                t.departmentName(),
                t.fiscalYear(),
                t.periodStartYear(),
                t.periodEndYear(),
                t.staffCount(),
                t.subordinateUnitCount(),
                t.amounts(),
                goal,
                t.tasks(),
                t.indicators());
    }
}
