package org.budgetperf.exchange.table;

import java.math.BigDecimal;
import java.util.Optional;
import org.budgetperf.budget.domain.BudgetAmounts;
import org.budgetperf.exchange.sheet.Cell;
import org.budgetperf.exchange.sheet.FormUnits;
import org.budgetperf.exchange.sheet.Grid;
import org.budgetperf.exchange.sheet.Grid.Slot;
import org.budgetperf.exchange.sheet.ImportFindings;
import org.budgetperf.exchange.sheet.LabelText;
import org.budgetperf.exchange.sheet.MoneyReader;
import org.budgetperf.exchange.sheet.MoneyReader.UnitCaption;
import org.budgetperf.exchange.table.FormOutline.LabelAt;
import org.budgetperf.shared.money.AmountUnit;

/**
 * Reads the eight money cells of 预算整体情况 into exact 元.
 *
 * <p>Each amount is found by its label and taken from the next cell to the right. Its unit is the
 * one stated by the nearest caption above it in the same column ({@code 预算金额(万元)}), else by the
 * label itself ({@code 基本支出(万元)}), else by a {@code 单位：万元} note above; the Guangdong form
 * prints 万元, which is assumed (with a warning) when nothing states a unit.
 */
final class BudgetAmountsReader extends OutlineBlockReader {

    /** What the findings call this block. */
    static final String BLOCK = "预算整体情况";

    private final MoneyReader money;

    BudgetAmountsReader(FormOutline outline, ImportFindings findings) {
        super(outline, findings);
        this.money = new MoneyReader(findings);
    }

    BudgetAmounts read(int headerEnd) {
        return new BudgetAmounts(
                amount(FormLabel.BASIC_EXPENDITURE, headerEnd),
                amount(FormLabel.PROJECT_EXPENDITURE, headerEnd),
                amount(FormLabel.FISCAL_APPROPRIATION, headerEnd),
                amount(FormLabel.OTHER_FUNDS, headerEnd),
                amount(FormLabel.SPECIAL_FUNDS, headerEnd),
                amount(FormLabel.OTHER_DEVELOPMENT_EXPENDITURE, headerEnd),
                amount(FormLabel.CITY_LEVEL_FUNDS, headerEnd),
                amount(FormLabel.TRANSFER_PAYMENT_FUNDS, headerEnd));
    }

    private BigDecimal amount(FormLabel label, int headerEnd) {
        Optional<LabelAt> at = outline.firstAbove(label, headerEnd);
        if (at.isEmpty()) {
            findings.labelNotFound(label.printed(), outline.grid().description());
            return null;
        }
        Slot value = outline.valueOf(at.get());
        int valueColumn = value == null ? at.get().column() + 1 : value.column();
        UnitCaption unit = unitOf(at.get(), valueColumn);
        BigDecimal yuan = money.read(
                value == null ? null : value.cell(), unit.unit(), label.printed(), outline.valueLocation(at.get()));
        if (yuan != null) {
            money.reportUnit(BLOCK, unit);
        }
        return yuan;
    }

    private UnitCaption unitOf(LabelAt label, int valueColumn) {
        Grid grid = outline.grid();
        for (int r = label.row() - 1; r >= 0; r--) {
            Cell above = grid.cell(r, valueColumn);
            Optional<AmountUnit> unit = FormUnits.statedIn(above.text());
            if (unit.isPresent() && FormLabel.match(above.text()).isPresent()) {
                return new UnitCaption(unit.get(), above.location(), above.value());
            }
        }
        Optional<AmountUnit> own = FormUnits.statedIn(label.slot().value());
        if (own.isPresent()) {
            return new UnitCaption(own.get(), label.location(), label.slot().value());
        }
        for (int r = label.row() - 1; r >= 0; r--) {
            for (Slot slot : grid.nonBlank(r)) {
                if (LabelText.normalise(slot.value()).contains("单位")) {
                    Optional<AmountUnit> note = FormUnits.statedIn(slot.value());
                    if (note.isPresent()) {
                        return new UnitCaption(note.get(), slot.location(), slot.value());
                    }
                }
            }
        }
        return new UnitCaption(AmountUnit.WAN_YUAN, label.location(), null);
    }
}
