package org.budgetperf.exchange.table;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.budgetperf.exchange.sheet.Cell;
import org.budgetperf.exchange.sheet.Grid;
import org.budgetperf.exchange.sheet.Grid.Slot;

/**
 * Where the printed labels of the form are in a grid: found once, by what the cells say, so that the
 * readers of the individual blocks can ask "where is 基本支出" or "where does the indicator block end"
 * instead of counting columns.
 */
final class FormOutline {

    /** A label cell of the form. */
    record LabelAt(Slot slot, FormLabel.Match match) {
        int row() {
            return slot.row();
        }

        int column() {
            return slot.column();
        }

        String location() {
            return slot.location();
        }

        FormLabel label() {
            return match.label();
        }
    }

    private final Grid grid;
    private final Map<FormLabel, List<LabelAt>> labels = new EnumMap<>(FormLabel.class);

    FormOutline(Grid grid) {
        this.grid = grid;
        for (int r = 0; r < grid.rowCount(); r++) {
            for (Slot slot : grid.nonBlank(r)) {
                FormLabel.match(slot.cell().text())
                        .ifPresent(m -> labels.computeIfAbsent(m.label(), k -> new ArrayList<>())
                                .add(new LabelAt(slot, m)));
            }
        }
    }

    Grid grid() {
        return grid;
    }

    /** The first occurrence of a label anywhere in the grid. */
    Optional<LabelAt> first(FormLabel label) {
        return labels.getOrDefault(label, List.of()).stream().findFirst();
    }

    /** The first occurrence of a label above a row (the header part of the form). */
    Optional<LabelAt> firstAbove(FormLabel label, int rowLimit) {
        return labels.getOrDefault(label, List.of()).stream()
                .filter(l -> l.row() < rowLimit)
                .findFirst();
    }

    /** The row of the first block anchor of the given kinds, or the end of the grid. */
    int firstRowOf(FormLabel... anchors) {
        int row = grid.rowCount();
        for (FormLabel anchor : anchors) {
            row = Math.min(row, first(anchor).map(LabelAt::row).orElse(grid.rowCount()));
        }
        return row;
    }

    /** Where the block starting at {@code row} ends: the next row holding another block's anchor. */
    int blockEnd(int row, FormLabel own) {
        int end = grid.rowCount();
        for (FormLabel anchor : FormLabel.values()) {
            if (anchor.isBlockAnchor() && anchor != own) {
                for (LabelAt at : labels.getOrDefault(anchor, List.of())) {
                    if (at.row() > row) {
                        end = Math.min(end, at.row());
                    }
                }
            }
        }
        return end;
    }

    /**
     * The value cell of a label: its inline value ({@code 部门名称：…}), else the first non-blank cell to
     * its right, unless that is another label, which means the value is blank. Null when blank.
     */
    Slot valueOf(LabelAt at) {
        if (at.match().inlineValue() != null) {
            Cell own = at.slot().cell();
            return new Slot(
                    at.row(),
                    at.column(),
                    new Cell(at.match().inlineValue(), own.location(), null, own.formula(), false));
        }
        for (Slot slot : grid.nonBlank(at.row())) {
            if (slot.column() > at.column()) {
                return FormLabel.match(slot.cell().text()).isPresent() ? null : slot;
            }
        }
        return null;
    }

    /** The value cell of a label as a cell, null when blank. */
    Cell valueCellOf(LabelAt at) {
        Slot slot = valueOf(at);
        return slot == null ? null : slot.cell();
    }

    /** Where a blank value of a label sits: the cell to its right. */
    String valueLocation(LabelAt at) {
        return at.match().inlineValue() != null ? at.location() : grid.location(at.row(), at.column() + 1);
    }
}
