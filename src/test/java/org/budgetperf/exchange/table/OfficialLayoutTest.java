package org.budgetperf.exchange.table;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.budgetperf.budget.domain.TargetTable;
import org.budgetperf.exchange.sheet.FormUnits;
import org.budgetperf.exchange.table.OfficialLayout.Placed;
import org.budgetperf.shared.money.AmountUnit;
import org.budgetperf.support.RealData;
import org.junit.jupiter.api.Test;

/** The layout both writers print: labels the readers know, merges that never overlap, exact money, print setup. */
class OfficialLayoutTest {

    private static final TargetTable DONGGUAN = Exports.readText(
                    RealData.text(RealData.DONGGUAN_2024), RealTables.GUANGDONG)
            .table();

    @Test
    void printsLabelsTheReadersRecogniseAsTheIntendedLabel() {
        Map<String, FormLabel> expected = Map.ofEntries(
                Map.entry(OfficialLayout.DEPARTMENT, FormLabel.DEPARTMENT),
                Map.entry(OfficialLayout.BASIC_INFO, FormLabel.BASIC_INFO),
                Map.entry(OfficialLayout.AMOUNT_CAPTION, FormLabel.AMOUNT_CAPTION),
                Map.entry(OfficialLayout.OVERALL_GOAL, FormLabel.OVERALL_GOAL),
                Map.entry(OfficialLayout.KEY_TASKS, FormLabel.KEY_TASKS),
                Map.entry(OfficialLayout.OTHER_TASKS, FormLabel.OTHER_TASKS),
                Map.entry(OfficialLayout.OTHER_TASK_CONTENT, FormLabel.TASK_CONTENT),
                Map.entry(OfficialLayout.TASK_FUNDS, FormLabel.TASK_FUNDS),
                Map.entry(OfficialLayout.TASK_OUTCOME, FormLabel.TASK_OUTCOME),
                Map.entry(OfficialLayout.SINGLE_VALUE, FormLabel.ANNUAL_VALUE),
                Map.entry(OfficialLayout.WEIGHT, FormLabel.WEIGHT),
                Map.entry(OfficialLayout.PERIOD_VALUE + "(2024-2026年)", FormLabel.PERIOD_VALUE));
        expected.forEach((printed, label) -> assertThat(FormLabel.match(printed))
                .as(printed)
                .hasValueSatisfying(m -> assertThat(m.label()).isEqualTo(label)));
        assertThat(FormUnits.statedIn(OfficialLayout.AMOUNT_CAPTION)).hasValue(AmountUnit.WAN_YUAN);
        assertThat(FormUnits.statedIn(OfficialLayout.TASK_FUNDS)).hasValue(AmountUnit.YUAN);
        assertThat(TableHeaderReader.parsePeriod(OfficialLayout.PERIOD_VALUE + "(2024-2026年)"))
                .isEqualTo(new TableHeaderReader.Period(2024, 2026));
    }

    @Test
    void placesNoTwoCellsInTheSameSpot() {
        RandomTargetTables random = new RandomTargetTables(7);
        List<TargetTable> tables = new ArrayList<>(List.of(DONGGUAN));
        for (int i = 0; i < 50; i++) {
            tables.add(random.next(RandomTargetTables.FRAMEWORKS.get(i % 2)));
        }
        for (TargetTable table : tables) {
            OfficialLayout layout = OfficialLayout.of(table, RealTables.GUANGDONG, 2);
            boolean[][] taken = new boolean[layout.rowCount()][OfficialLayout.COLUMNS];
            for (Placed cell : layout.cells()) {
                for (int r = cell.row(); r <= cell.lastRow(); r++) {
                    for (int c = cell.column(); c <= cell.lastColumn(); c++) {
                        assertThat(taken[r][c])
                                .as("%s overlaps at %d,%d", cell, r, c)
                                .isFalse();
                        taken[r][c] = true;
                    }
                }
            }
            for (int r = layout.tableStartRow(); r < layout.rowCount(); r++) {
                for (int c = 0; c < OfficialLayout.COLUMNS; c++) {
                    assertThat(taken[r][c]).as("grid cell %d,%d", r, c).isTrue();
                }
            }
        }
    }

    @Test
    void listsEveryPairOfTheFrameworkWithPlaceholdersWhereTheTableHasNone() {
        List<String> lines =
                Exports.text(DONGGUAN, RealTables.GUANGDONG).lines().toList();
        int captions = lines.indexOf(lines.stream()
                .filter(l -> l.startsWith(OfficialLayout.INDICATORS))
                .findFirst()
                .orElseThrow());
        List<String> level2s = lines.subList(captions + 1, lines.size()).stream()
                .map(l -> l.split("\t", -1)[2])
                .filter(s -> !s.isEmpty())
                .toList();
        assertThat(level2s)
                .containsExactly("数量指标", "质量指标", "时效指标", "成本指标", "经济效益指标", "社会效益指标", "生态效益指标", "可持续影响指标", "服务对象满意度指标");
    }

    @Test
    void printsMoneyExactlyInItsUnit() {
        assertThat(OfficialLayout.amountText(new BigDecimal("5505100.00"), AmountUnit.WAN_YUAN))
                .isEqualTo("550.51");
        assertThat(OfficialLayout.amountText(new BigDecimal("0.00"), AmountUnit.WAN_YUAN))
                .isEqualTo("0.00");
        assertThat(OfficialLayout.amountText(new BigDecimal("0.01"), AmountUnit.WAN_YUAN))
                .isEqualTo("0.000001");
        assertThat(OfficialLayout.amountText(new BigDecimal("1234567890123456.78"), AmountUnit.WAN_YUAN))
                .isEqualTo("123456789012.345678");
        assertThat(OfficialLayout.amountText(new BigDecimal("632600.00"), AmountUnit.YUAN))
                .isEqualTo("632,600.00");
        assertThat(OfficialLayout.amountText(new BigDecimal("-1234.50"), AmountUnit.YUAN))
                .isEqualTo("-1,234.50");
        assertThat(OfficialLayout.amountText(new BigDecimal("100.00"), AmountUnit.YUAN))
                .isEqualTo("100.00");
    }

    @Test
    void usesNumericCellsOnlyForAmountsADoubleHoldsAndExcelShowsExactly() {
        assertThat(XlsxTableWriter.fitsDouble(new BigDecimal("550.510000"))).isTrue();
        assertThat(XlsxTableWriter.fitsDouble(new BigDecimal("0.000001"))).isTrue();
        assertThat(XlsxTableWriter.fitsDouble(new BigDecimal("82800.92"))).isTrue();
        assertThat(XlsxTableWriter.fitsDouble(new BigDecimal("123456789.123456")))
                .as("15 digits")
                .isTrue();
        assertThat(XlsxTableWriter.fitsDouble(new BigDecimal("1234567890.123456")))
                .as("16 digits")
                .isFalse();
        assertThat(XlsxTableWriter.fitsDouble(new BigDecimal("12345678901234567.89")))
                .isFalse();
    }

    @Test
    void escapesWhatXmlCannotHoldTheWayExcelDoes() {
        assertThat(XlsxTableWriter.xmlSafe("a\u0001b")).isEqualTo("a_x0001_b");
        assertThat(XlsxTableWriter.xmlSafe("_x0041_")).isEqualTo("_x005F_x0041_");
        assertThat(XlsxTableWriter.xmlSafe("a\tb\nc\rd_x12_")).isEqualTo("a\tb\nc\rd_x12_");
    }

    @Test
    void writesTheOfficialLookA4PortraitFittedToWidth() throws IOException {
        try (XSSFWorkbook workbook =
                new XSSFWorkbook(new ByteArrayInputStream(Exports.xlsx(DONGGUAN, RealTables.GUANGDONG)))) {
            XSSFSheet sheet = workbook.getSheetAt(0);
            PrintSetup print = sheet.getPrintSetup();
            assertThat(print.getPaperSize()).isEqualTo(PrintSetup.A4_PAPERSIZE);
            assertThat(print.getLandscape()).isFalse();
            assertThat(print.getFitWidth()).isEqualTo((short) 1);
            assertThat(print.getFitHeight()).isEqualTo((short) 0);
            assertThat(sheet.getFitToPage()).isTrue();
            assertThat(sheet.getRow(sheet.getRepeatingRows().getFirstRow())
                            .getCell(1)
                            .getStringCellValue())
                    .isEqualTo(OfficialLayout.LEVEL1);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo(OfficialLayout.TITLE);
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo("(2024年)");

            XSSFCell output = find(sheet, "产出指标");
            CellRangeAddress merged = sheet.getMergedRegions().stream()
                    .filter(m -> m.isInRange(output))
                    .findFirst()
                    .orElseThrow();
            assertThat(merged.getLastRow() - merged.getFirstRow() + 1)
                    .as("产出指标 over its 18 indicators and the 时效指标 placeholder")
                    .isEqualTo(19);
            XSSFCell basic = find(sheet, FormLabel.BASIC_EXPENDITURE.printed());
            XSSFCell amount = sheet.getRow(basic.getRowIndex()).getCell(basic.getColumnIndex() + 1);
            assertThat(amount.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(amount.getNumericCellValue()).isEqualTo(550.51);
            assertThat(amount.getCellStyle().getDataFormatString()).isEqualTo(XlsxTableWriter.WAN_YUAN_FORMAT);
            XSSFCell cityLevel = find(sheet, FormLabel.CITY_LEVEL_FUNDS.printed());
            assertThat(sheet.getRow(cityLevel.getRowIndex())
                            .getCell(cityLevel.getColumnIndex() + 2)
                            .getCellType())
                    .as("blank stays a blank cell, not 0")
                    .isEqualTo(CellType.BLANK);
        }
    }

    private static XSSFCell find(XSSFSheet sheet, String text) {
        for (int r = 0; r <= sheet.getLastRowNum(); r++) {
            for (int c = 0; c < OfficialLayout.COLUMNS; c++) {
                XSSFCell cell = sheet.getRow(r).getCell(c);
                if (cell != null
                        && cell.getCellType() == CellType.STRING
                        && cell.getStringCellValue().equals(text)) {
                    return cell;
                }
            }
        }
        throw new AssertionError(text + " not in the sheet");
    }
}
