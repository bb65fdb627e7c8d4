package org.budgetperf.exchange.table;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.budgetperf.exchange.sheet.Cell;
import org.budgetperf.exchange.sheet.FindingCodes;
import org.budgetperf.exchange.sheet.Grid.Slot;
import org.budgetperf.exchange.sheet.HtmlText;
import org.budgetperf.exchange.sheet.ImportFindings;
import org.budgetperf.exchange.table.FormOutline.LabelAt;

/**
 * Reads 总体绩效目标 into HTML paragraphs, the form the table stores it in.
 *
 * <p>Some systems export the goal as HTML already (Dongguan: {@code <p>…</p> <p>…</p>}); that is
 * kept exactly as written, and sanitised by the service when stored, not here (this package only
 * reads). Plain text (Zhanjiang: {@code 目标1：…\n目标2：…}) becomes one escaped {@code <p>} per
 * non-empty line, so the paragraph structure survives and no text can turn into markup.
 */
final class OverallGoalReader extends OutlineBlockReader {

    private static final Pattern HTML =
            Pattern.compile("(?is)\\s*<(p|div|ul|ol|li|h[1-6]|table|br|span|strong|b|i|em)(\\s[^>]*)?/?>.*");
    private static final Pattern LINE_BREAK = Pattern.compile("\\r\\n|\\r|\\n|\\u2028|\\u2029");

    OverallGoalReader(FormOutline outline, ImportFindings findings) {
        super(outline, findings);
    }

    String read() {
        Optional<LabelAt> label = outline.first(FormLabel.OVERALL_GOAL);
        if (label.isEmpty()) {
            findings.labelNotFound(
                    FormLabel.OVERALL_GOAL.printed(), outline.grid().description());
            return null;
        }
        List<Cell> texts = goalCells(label.get());
        if (texts.isEmpty()) {
            findings.warning(
                    FindingCodes.REQUIRED_FIELD_BLANK,
                    outline.valueLocation(label.get()),
                    "总体绩效目标 (overall goal) is blank",
                    "总体绩效目标为空");
            return null;
        }
        StringBuilder html = new StringBuilder();
        for (Cell cell : texts) {
            findings.used(cell);
            html.append(toHtml(cell));
        }
        return html.toString();
    }

    /** The goal may fill the label's row and, in some layouts, the rows below it up to the next block. */
    private List<Cell> goalCells(LabelAt label) {
        List<Cell> cells = new ArrayList<>();
        if (label.match().inlineValue() != null) {
            Slot inline = outline.valueOf(label);
            cells.add(inline.cell());
        }
        int end = outline.blockEnd(label.row(), FormLabel.OVERALL_GOAL);
        for (int r = label.row(); r < end; r++) {
            for (Slot slot : outline.grid().nonBlank(r)) {
                boolean rightOfLabel = r > label.row() || slot.column() > label.column();
                if (rightOfLabel && FormLabel.match(slot.cell().text()).isEmpty()) {
                    cells.add(slot.cell());
                }
            }
        }
        return cells;
    }

    private String toHtml(Cell cell) {
        String text = cell.value();
        if (isHtml(text)) {
            findings.info(
                    FindingCodes.GOAL_HTML_KEPT,
                    cell.location(),
                    "The overall goal is HTML and was kept as written (sanitised when stored)",
                    "总体绩效目标为 HTML，按原样保留（保存时再做安全过滤）");
            return text;
        }
        String html = paragraphs(text);
        int paragraphs = html.split("<p>", -1).length - 1;
        findings.info(
                FindingCodes.GOAL_TEXT_TO_HTML,
                cell.location(),
                "The overall goal is plain text; its " + paragraphs + " line(s) became " + paragraphs
                        + " HTML paragraph(s)",
                "总体绩效目标为纯文本，" + paragraphs + " 行已转为 " + paragraphs + " 个 HTML 段落");
        return html;
    }

    static boolean isHtml(String text) {
        return HTML.matcher(text).matches();
    }

    private static String paragraphs(String text) {
        StringBuilder html = new StringBuilder();
        for (String line : LINE_BREAK.split(text)) {
            if (!line.isBlank()) {
                html.append("<p>").append(HtmlText.escape(line.strip())).append("</p>");
            }
        }
        return html.toString();
    }
}
