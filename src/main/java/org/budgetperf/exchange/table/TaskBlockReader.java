package org.budgetperf.exchange.table;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.budgetperf.budget.domain.TaskKind;
import org.budgetperf.budget.domain.TaskLine;
import org.budgetperf.exchange.sheet.FindingCodes;
import org.budgetperf.exchange.sheet.FormUnits;
import org.budgetperf.exchange.sheet.Grid.Slot;
import org.budgetperf.exchange.sheet.ImportFindings;
import org.budgetperf.exchange.sheet.LabelText;
import org.budgetperf.exchange.sheet.MoneyReader;
import org.budgetperf.exchange.sheet.MoneyReader.UnitCaption;
import org.budgetperf.exchange.table.FormOutline.LabelAt;
import org.budgetperf.shared.money.AmountUnit;

/**
 * Reads a task block (年度重点工作任务 or 其他需完成的任务) into task lines.
 *
 * <p>Cells are assigned to the block's column captions (名称, 主要实施内容/目标内容, 拟投入的资金,
 * 期望达到的目标). A row that lost its leading empty cells in copied text (Dongguan's {@code 任务6}
 * starts in the first column) is shifted right until its first cell sits under 名称. The funds unit
 * is read from the funds caption: Dongguan writes {@code 拟投入的资金(元)}, Zhanjiang
 * {@code 拟投入的资金（万元）}. A block without captions is read in the template's order.
 */
final class TaskBlockReader extends OutlineBlockReader {

    /** The column captions of a task block, left to right. */
    private record Captions(int row, List<Caption> columns) {
        int firstColumn() {
            return columns.get(0).column();
        }

        /** The caption a cell at this column falls under (captions may be merged over several columns). */
        Optional<Caption> at(int column) {
            Caption found = null;
            for (Caption caption : columns) {
                if (caption.column() <= column) {
                    found = caption;
                }
            }
            return Optional.ofNullable(found);
        }
    }

    private record Caption(FormLabel field, int column, Slot slot) {}

    private static final List<FormLabel> KEY_ORDER =
            List.of(FormLabel.TASK_NAME, FormLabel.TASK_CONTENT, FormLabel.TASK_FUNDS, FormLabel.TASK_OUTCOME);
    private static final List<FormLabel> OTHER_ORDER =
            List.of(FormLabel.TASK_NAME, FormLabel.TASK_CONTENT, FormLabel.TASK_FUNDS);

    private final MoneyReader money;

    TaskBlockReader(FormOutline outline, ImportFindings findings) {
        super(outline, findings);
        this.money = new MoneyReader(findings);
    }

    /** The tasks of the block; empty when the form has no such block (其他需完成的任务 is optional). */
    List<TaskLine> read(FormLabel anchor, TaskKind kind) {
        Optional<LabelAt> block = outline.first(anchor);
        if (block.isEmpty()) {
            if (kind == TaskKind.KEY) {
                findings.labelNotFound(anchor.printed(), outline.grid().description());
            }
            return List.of();
        }
        int end = outline.blockEnd(block.get().row(), anchor);
        Optional<Captions> captions = captions(block.get().row(), end);
        UnitCaption unit = unit(block.get(), captions);
        int firstRow = captions.map(c -> c.row() + 1).orElse(block.get().row());
        List<TaskLine> tasks = new ArrayList<>();
        for (int r = firstRow; r < end; r++) {
            List<Slot> cells = outline.grid().nonBlank(r).stream()
                    .filter(s -> !anchor.matches(s.cell().text()))
                    .toList();
            if (cells.isEmpty()) {
                continue;
            }
            if (isTotal(cells.get(0))) {
                findings.info(
                        FindingCodes.TOTAL_ROW_IGNORED,
                        cells.get(0).location(),
                        "'" + cells.get(0).value() + "' row of " + anchor.printed() + " is a sum, not a task; not read",
                        anchor.printed() + "的“" + cells.get(0).value() + "”行为合计，不是任务，未读取");
                continue;
            }
            tasks.add(task(kind, cells, captions, unit, anchor.printed()));
        }
        return tasks;
    }

    private static boolean isTotal(Slot first) {
        String text = LabelText.normalise(first.value());
        return text.equals("合计") || text.equals("小计") || text.equals("总计");
    }

    private TaskLine task(
            TaskKind kind, List<Slot> cells, Optional<Captions> captions, UnitCaption unit, String block) {
        Map<FormLabel, Slot> fields = captions.isPresent()
                ? byCaption(cells, captions.get())
                : inTemplateOrder(cells, kind == TaskKind.KEY ? KEY_ORDER : OTHER_ORDER);
        String name = text(fields.get(FormLabel.TASK_NAME));
        Slot funds = fields.get(FormLabel.TASK_FUNDS);
        String blankFunds = funds != null
                ? funds.location()
                : captions.map(c -> outline.grid().location(cells.get(0).row(), columnOf(c, FormLabel.TASK_FUNDS)))
                        .orElse(cells.get(0).location());
        BigDecimal plannedFunds = money.read(
                funds == null ? null : funds.cell(),
                unit.unit(),
                "拟投入的资金 of " + (name == null ? "task" : name),
                blankFunds);
        if (plannedFunds != null) {
            money.reportUnit(block, unit);
        }
        return new TaskLine(
                kind,
                name,
                text(fields.get(FormLabel.TASK_CONTENT)),
                plannedFunds,
                text(fields.get(FormLabel.TASK_OUTCOME)));
    }

    private Map<FormLabel, Slot> byCaption(List<Slot> cells, Captions captions) {
        int shift = Math.max(0, captions.firstColumn() - cells.get(0).column());
        Map<FormLabel, Slot> fields = new EnumMap<>(FormLabel.class);
        for (Slot cell : cells) {
            Optional<Caption> caption = captions.at(cell.column() + shift);
            if (caption.isEmpty() || fields.containsKey(caption.get().field())) {
                notPlaced(cell);
            } else {
                fields.put(caption.get().field(), cell);
            }
        }
        return fields;
    }

    private Map<FormLabel, Slot> inTemplateOrder(List<Slot> cells, List<FormLabel> order) {
        Map<FormLabel, Slot> fields = new EnumMap<>(FormLabel.class);
        for (int i = 0; i < cells.size(); i++) {
            if (i < order.size()) {
                fields.put(order.get(i), cells.get(i));
            } else {
                notPlaced(cells.get(i));
            }
        }
        return fields;
    }

    private void notPlaced(Slot cell) {
        findings.warning(
                FindingCodes.CELL_NOT_PLACED,
                cell.location(),
                "Cell '" + ImportFindings.abbreviated(cell.value()) + "' is under no task column; ignored",
                "单元格“" + ImportFindings.abbreviated(cell.value()) + "”不在任何任务栏目下，已忽略");
    }

    /** The caption row: the first row of the block with 名称 and 拟投入的资金 or 主要实施内容. */
    private Optional<Captions> captions(int from, int to) {
        for (int r = from; r < to; r++) {
            List<Caption> columns = new ArrayList<>();
            for (Slot slot : outline.grid().nonBlank(r)) {
                FormLabel.match(slot.cell().text())
                        .filter(m -> m.inlineValue() == null
                                && (m.label() == FormLabel.TASK_NAME
                                        || m.label() == FormLabel.TASK_CONTENT
                                        || m.label() == FormLabel.TASK_FUNDS
                                        || m.label() == FormLabel.TASK_OUTCOME))
                        .ifPresent(m -> columns.add(new Caption(m.label(), slot.column(), slot)));
            }
            boolean hasName = columns.stream().anyMatch(c -> c.field() == FormLabel.TASK_NAME);
            if (hasName && columns.size() >= 2) {
                columns.sort(Comparator.comparingInt(Caption::column));
                return Optional.of(new Captions(r, List.copyOf(columns)));
            }
        }
        return Optional.empty();
    }

    private UnitCaption unit(LabelAt block, Optional<Captions> captions) {
        List<Slot> candidates = new ArrayList<>();
        captions.flatMap(c -> c.columns().stream()
                        .filter(col -> col.field() == FormLabel.TASK_FUNDS)
                        .findFirst())
                .ifPresent(funds -> candidates.add(funds.slot()));
        candidates.add(block.slot());
        for (Slot caption : candidates) {
            Optional<AmountUnit> unit = FormUnits.statedIn(caption.value());
            if (unit.isPresent()) {
                return new UnitCaption(unit.get(), caption.location(), caption.value());
            }
        }
        // The Guangdong template prints 拟投入的资金(元).
        return new UnitCaption(AmountUnit.YUAN, candidates.get(0).location(), null);
    }

    private static int columnOf(Captions captions, FormLabel field) {
        return captions.columns().stream()
                .filter(c -> c.field() == field)
                .mapToInt(Caption::column)
                .findFirst()
                .orElse(captions.firstColumn());
    }

    private String text(Slot slot) {
        if (slot == null) {
            return null;
        }
        findings.used(slot.cell());
        return slot.value();
    }
}
