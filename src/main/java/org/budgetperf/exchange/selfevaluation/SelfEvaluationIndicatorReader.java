package org.budgetperf.exchange.selfevaluation;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.budgetperf.exchange.selfevaluation.SelfEvaluationForm.Indicator;
import org.budgetperf.exchange.sheet.Cell;
import org.budgetperf.exchange.sheet.FindingCodes;
import org.budgetperf.exchange.sheet.Grid;
import org.budgetperf.exchange.sheet.Grid.Slot;
import org.budgetperf.exchange.sheet.ImportFindings;
import org.budgetperf.exchange.sheet.LabelText;
import org.budgetperf.exchange.sheet.NumberReader;

/**
 * Reads the indicator block of a 项目支出绩效自评表 for {@link SelfEvaluationFormReader}: finds its caption row (指标名称,
 * 指标值 and a 完成值 caption; the other captions are optional) and reads its rows, down to the first 合计/说明/备注
 * row, as written. The target is put together from 指标性质 + 指标值 + 计量单位, the actual gets the unit of a bare
 * number, a 二级 name in the type column is read as that 二级 under its 一级, line breaks of wrapped names are removed;
 * the reasons are in {@link SelfEvaluationFormReader}'s decisions.
 */
final class SelfEvaluationIndicatorReader {

    /** Column captions of the indicator block. */
    enum Caption {
        LEVEL1("一级指标", "指标类型", "指标类别"),
        LEVEL2("二级指标"),
        NAME("三级指标", "指标名称", "三级指标名称"),
        NATURE("指标性质", "性质"),
        VALUE("指标值", "年度指标值", "目标值", "年度目标值", "全年指标值", "预期指标值"),
        UNIT("计量单位", "单位", "度量单位"),
        WEIGHT("指标权重", "权重", "分值"),
        ACTUAL("全年完成值", "实际完成值", "完成值", "全年实际值", "实际值", "全年实际完成值"),
        STANDARD("评价标准", "评分标准", "评分规则"),
        SCORE("得分", "自评得分"),
        DEVIATION("偏差原因分析及改进措施", "偏差原因分析", "偏差原因及改进措施", "偏差原因", "未完成原因分析及改进措施"),
        FORMULA("计分规则及算式"),
        PERCENT("得分率", "定性得分率", "评分比例");

        private final List<String> spellings;

        Caption(String... spellings) {
            this.spellings = List.of(spellings);
        }

        static Optional<Caption> of(String text) {
            return LabelText.firstSpelledAs(text, values(), c -> c.spellings);
        }
    }

    /**
     * The caption row of the indicator block.
     *
     * @param row the row of the captions
     * @param columns the column of each caption found in it
     */
    record Captions(int row, Map<Caption, Integer> columns) {}

    /** 二级 names a type column may hold instead of a 一级, with the 一级 they belong to (national framework). */
    private static final Map<String, String> LEVEL2_OWNERS = Map.of(
            "数量指标",
            "产出指标",
            "质量指标",
            "产出指标",
            "时效指标",
            "产出指标",
            "经济效益指标",
            "效益指标",
            "社会效益指标",
            "效益指标",
            "生态效益指标",
            "效益指标",
            "可持续影响指标",
            "效益指标",
            "服务对象满意度指标",
            "满意度指标");

    private static final Pattern FOOTER = Pattern.compile("(合计|总计|总分|小计|说明|备注|填表说明|自评等级|评价等级|等级).*");
    private static final Pattern BARE_NUMBER = Pattern.compile("[+-]?\\d+(?:\\.\\d+)?");
    private static final Pattern LINE_BREAKS = Pattern.compile("\\s*(?:\\r\\n|\\r|\\n|\\u2028|\\u2029)\\s*");
    private static final List<String> NONE = List.of("无", "/", "—", "-", "——", "－");

    private final Grid grid;
    private final ImportFindings findings;

    SelfEvaluationIndicatorReader(Grid grid, ImportFindings findings) {
        this.grid = grid;
        this.findings = findings;
    }

    /** The first row holding the captions 指标名称, 指标值 and a 完成值 caption; empty when the sheet has none. */
    static Optional<Captions> findCaptions(Grid grid) {
        for (int r = 0; r < grid.rowCount(); r++) {
            Map<Caption, Integer> found = new EnumMap<>(Caption.class);
            for (Slot s : grid.nonBlank(r)) {
                Caption.of(s.value()).ifPresent(c -> found.putIfAbsent(c, s.column()));
            }
            if (found.containsKey(Caption.NAME)
                    && found.containsKey(Caption.VALUE)
                    && found.containsKey(Caption.ACTUAL)) {
                return Optional.of(new Captions(r, found));
            }
        }
        return Optional.empty();
    }

    /** The text without the line breaks (and the white space around them) of wrapped text. */
    static String withoutLineBreaks(String text) {
        return LINE_BREAKS.matcher(text).replaceAll("");
    }

    /** Reads the indicator rows under the captions into {@code out}; returns the first row after them. */
    int read(Captions captions, List<Indicator> out) {
        Map<Caption, Integer> columns = captions.columns();
        String level1 = null;
        String level2 = null;
        int r = captions.row() + 1;
        for (; r < grid.rowCount(); r++) {
            List<Slot> cells = grid.nonBlank(r);
            if (cells.isEmpty()) {
                continue;
            }
            if (FOOTER.matcher(LabelText.normalise(cells.get(0).value())).matches()) {
                break;
            }
            Cell typeCell = cell(r, columns.get(Caption.LEVEL1));
            Cell level2Cell = cell(r, columns.get(Caption.LEVEL2));
            if (typeCell != null && !typeCell.isBlank()) {
                findings.used(typeCell);
                String type = joined(typeCell);
                String owner = LEVEL2_OWNERS.get(LabelText.normalise(type));
                if (owner != null && !columns.containsKey(Caption.LEVEL2)) {
                    findings.info(
                            FindingCodes.LEVEL1_INFERRED,
                            typeCell.location(),
                            "'" + type + "' is a 二级 name in the 一级 column; read as 一级 " + owner + ", 二级 " + type,
                            "“" + type + "”是二级指标名称，按一级“" + owner + "”、二级“" + type + "”读取");
                    level1 = owner;
                    level2 = type;
                } else {
                    level1 = type;
                    level2 = null;
                }
            }
            if (level2Cell != null && !level2Cell.isBlank()) {
                findings.used(level2Cell);
                level2 = joined(level2Cell);
            }
            Cell nameCell = cell(r, columns.get(Caption.NAME));
            Cell valueCell = cell(r, columns.get(Caption.VALUE));
            if ((nameCell == null || nameCell.isBlank()) && (valueCell == null || valueCell.isBlank())) {
                continue;
            }
            out.add(indicator(r, level1, level2, columns));
        }
        return r;
    }

    private Indicator indicator(int r, String level1, String level2, Map<Caption, Integer> columns) {
        Cell nameCell = cell(r, columns.get(Caption.NAME));
        String name = nameCell == null || nameCell.isBlank() ? null : joined(nameCell);
        String nature = text(cell(r, columns.get(Caption.NATURE)));
        String value = text(cell(r, columns.get(Caption.VALUE)));
        String unit = text(cell(r, columns.get(Caption.UNIT)));
        String realUnit = unit == null || NONE.contains(unit) ? null : unit;
        String operator = nature == null || NONE.contains(nature) ? "" : nature;
        String target = null;
        if (value != null) {
            String body = realUnit != null && BARE_NUMBER.matcher(value).matches() ? value + realUnit : value;
            target = body.startsWith(operator) ? body : operator + body;
        }
        Cell weightCell = cell(r, columns.get(Caption.WEIGHT));
        BigDecimal weight = plain(new NumberReader(findings).weight(weightCell, "指标权重"));
        Cell actualCell = cell(r, columns.get(Caption.ACTUAL));
        String actualAsWritten = text(actualCell);
        String actual = actualAsWritten;
        if (actualCell != null && actualCell.percentFormat() && actualCell.number() != null) {
            findings.info(
                    FindingCodes.PERCENT_FORMAT_APPLIED,
                    actualCell.location(),
                    "The value stored as " + actualCell.number().toPlainString()
                            + " is formatted as a percentage; read as " + actualAsWritten,
                    "单元格存储值 " + actualCell.number().toPlainString() + " 设为百分比格式，按显示值 " + actualAsWritten + " 读取");
        } else if (actual != null
                && realUnit != null
                && BARE_NUMBER.matcher(actual).matches()) {
            actual = actual + realUnit;
        }
        Cell scoreCell = cell(r, columns.get(Caption.SCORE));
        BigDecimal statedScore = scoreCell == null || scoreCell.isBlank()
                ? null
                : plain(new NumberReader(findings).weight(scoreCell, "得分"));
        if (statedScore != null && findings.firstTime("stated-scores")) {
            findings.info(
                    FindingCodes.STATED_SCORES_IGNORED,
                    scoreCell.location(),
                    "Scores written on the form are read but not used; the service computes its own",
                    "表中已填写的得分仅作记录，不参与计分，由系统重新计算");
        }
        String location = nameCell != null ? nameCell.location() : grid.location(r, columns.get(Caption.NAME));
        Cell percentCell = cell(r, columns.get(Caption.PERCENT));
        BigDecimal percent = percentCell == null || percentCell.isBlank()
                ? null
                : plain(new NumberReader(findings).weight(percentCell, "得分率"));
        SelfEvaluationForm.Cells cells = new SelfEvaluationForm.Cells(
                at(r, columns.get(Caption.VALUE)),
                at(r, columns.get(Caption.WEIGHT)),
                at(r, columns.get(Caption.ACTUAL)),
                at(r, columns.get(Caption.PERCENT)),
                at(r, columns.get(Caption.DEVIATION)));
        return new Indicator(
                level1,
                level2,
                name,
                nature,
                value,
                unit,
                target,
                weight,
                actualAsWritten,
                actual,
                text(cell(r, columns.get(Caption.STANDARD))),
                statedScore,
                text(cell(r, columns.get(Caption.DEVIATION))),
                location,
                percent,
                cells);
    }

    private String at(int r, Integer column) {
        return column == null ? null : grid.location(r, column);
    }

    /** 10, not 1E+1. */
    private static BigDecimal plain(BigDecimal n) {
        return n == null || n.scale() >= 0 ? n : n.setScale(0);
    }

    private Cell cell(int r, Integer column) {
        return column == null ? null : grid.cell(r, column);
    }

    private String text(Cell cell) {
        if (cell != null && cell.isBlank() && cell.formula() != null) {
            findings.formulaWithoutValue(cell, "the cell");
        }
        if (cell == null || cell.isBlank()) {
            return null;
        }
        findings.used(cell);
        return cell.value();
    }

    /** A name or type without the line breaks of wrapped text; reported once per cell. */
    private String joined(Cell cell) {
        String value = cell.value();
        String joined = withoutLineBreaks(value);
        if (!joined.equals(value) && findings.firstTime("joined@" + cell.location())) {
            findings.info(
                    FindingCodes.LINE_BREAKS_JOINED,
                    cell.location(),
                    "Line breaks in '" + value.replace("\n", "\\n") + "' removed: '" + joined + "'",
                    "“" + joined + "”中的换行已去除");
        }
        return joined;
    }
}
