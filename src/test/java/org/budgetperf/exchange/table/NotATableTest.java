package org.budgetperf.exchange.table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.budgetperf.exchange.sheet.FindingCodes;
import org.budgetperf.exchange.sheet.TableImportException;
import org.budgetperf.exchange.sheet.TableImportException.Reason;
import org.budgetperf.support.RealData;
import org.junit.jupiter.api.Test;

/** Files that are not a 部门整体预算绩效目标表 are refused with a reason and a location. */
class NotATableTest {

    private final TabSeparatedTableReader text = new TabSeparatedTableReader();
    private final XlsxTableReader xlsx = new XlsxTableReader();

    @Test
    void refusesRandomText() {
        TableImportException e = assertThrows(
                TableImportException.class,
                () -> text.read("Lorem ipsum dolor sit amet\nconsectetur\tadipiscing\nelit\n", RealTables.GUANGDONG));
        assertEquals(Reason.NOT_A_TARGET_TABLE, e.reason());
        assertEquals("lines 1-3", e.location());
        assertTrue(e.getMessage().contains("部门名称"));
    }

    @Test
    void refusesEmptyText() {
        TableImportException e = assertThrows(TableImportException.class, () -> text.read("", RealTables.GUANGDONG));
        assertEquals(Reason.NOT_A_TARGET_TABLE, e.reason());
        assertEquals("line 1", e.location());
    }

    @Test
    void refusesTextWithADepartmentButNoIndicatorBlock() {
        String letter = TestFiles.tsv("关于报送材料的函\n部门名称||某某局\n请于月底前报送。\n");
        TableImportException e =
                assertThrows(TableImportException.class, () -> text.read(letter, RealTables.GUANGDONG));
        assertEquals(Reason.NOT_A_TARGET_TABLE, e.reason());
        assertTrue(e.getMessage().contains("绩效指标"), e.getMessage());
    }

    @Test
    void refusesAWorkbookWithAnUnrelatedSheet() {
        byte[] invoices = TestFiles.workbook(Map.of("发票", new String[][] {
            {"发票号", "金额", "日期"}, {"No.001", "100.00", "2024-01-02"}, {"No.002", "250.00", "2024-01-05"}
        }));
        TableImportException e = assertThrows(
                TableImportException.class, () -> xlsx.read(new ByteArrayInputStream(invoices), RealTables.GUANGDONG));
        assertEquals(Reason.NOT_A_TARGET_TABLE, e.reason());
        assertEquals("sheet 发票", e.location());
    }

    @Test
    void refusesARealTableOfAnotherKind() {
        TableImportException e = assertThrows(
                TableImportException.class,
                () -> xlsx.read(RealData.stream(RealData.YUZHONG_2021), RealTables.GUANGDONG));
        assertEquals(Reason.NOT_A_TARGET_TABLE, e.reason(), "a 项目支出绩效自评表 is not a 部门整体预算绩效目标表");
        assertTrue(e.location().startsWith("sheet "));
    }

    @Test
    void findsTheTableOnTheSecondSheetAndNamesSheetsInLocations() {
        Map<String, String[][]> sheets = new LinkedHashMap<>();
        sheets.put("说明", new String[][] {{"填报说明：请在第二页填写"}});
        sheets.put("Sheet2", TestFiles.grid(RealData.text(RealData.DONGGUAN_2024)));
        ImportResult result = xlsx.read(new ByteArrayInputStream(TestFiles.workbook(sheets)), RealTables.GUANGDONG);
        assertEquals("东莞市归国华侨联合会", result.table().departmentName());
        assertEquals(25, result.table().indicators().size());
        assertEquals(
                List.of("sheet Sheet2"), ZhanjiangXlsxImportTest.locations(result, FindingCodes.OTHER_SHEETS_IGNORED));
        assertEquals(
                List.of("Sheet2!C51"), ZhanjiangXlsxImportTest.locations(result, FindingCodes.PLACEHOLDER_ROW_IGNORED));
    }

    @Test
    void refusesAWorkbookWhereNoSheetHoldsATable() {
        Map<String, String[][]> sheets = new LinkedHashMap<>();
        sheets.put("A", new String[][] {{"x"}});
        sheets.put("B", new String[][] {{"y"}});
        TableImportException e = assertThrows(
                TableImportException.class,
                () -> xlsx.read(new ByteArrayInputStream(TestFiles.workbook(sheets)), RealTables.GUANGDONG));
        assertEquals(Reason.NOT_A_TARGET_TABLE, e.reason());
        assertEquals("sheet A", e.location());
        assertTrue(e.getMessage().contains("[A, B]"));
    }

    @Test
    void refusesTextGivenAsAWorkbook() {
        TableImportException e = assertThrows(
                TableImportException.class,
                () -> xlsx.read(
                        new ByteArrayInputStream(RealData.bytes(RealData.DONGGUAN_2024)), RealTables.GUANGDONG));
        assertEquals(Reason.MALFORMED_FILE, e.reason());
        assertEquals("byte 0", e.location());
    }

    @Test
    void refusesACorruptZip() {
        byte[] corrupt = new byte[4096];
        System.arraycopy(new byte[] {'P', 'K', 3, 4}, 0, corrupt, 0, 4);
        TableImportException e = assertThrows(
                TableImportException.class, () -> xlsx.read(new ByteArrayInputStream(corrupt), RealTables.GUANGDONG));
        assertEquals(Reason.MALFORMED_FILE, e.reason());
    }

    @Test
    void refusesAnOldXlsWorkbook() throws IOException {
        byte[] xls;
        try (HSSFWorkbook workbook = new HSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            workbook.createSheet("Sheet1").createRow(0).createCell(0).setCellValue("部门名称");
            workbook.write(out);
            xls = out.toByteArray();
        }
        TableImportException e = assertThrows(
                TableImportException.class, () -> xlsx.read(new ByteArrayInputStream(xls), RealTables.GUANGDONG));
        assertEquals(Reason.UNSUPPORTED_FORMAT, e.reason());
        assertTrue(e.getMessage().contains(".xls"));
    }

    @Test
    void refusesAPasswordProtectedWorkbook() throws Exception {
        byte[] plain = RealData.bytes(RealData.ZHANJIANG_2024);
        byte[] encrypted;
        try (POIFSFileSystem container = new POIFSFileSystem();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Encryptor encryptor = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
            encryptor.confirmPassword("secret");
            try (OutputStream data = encryptor.getDataStream(container)) {
                data.write(plain);
            }
            container.writeFilesystem(out);
            encrypted = out.toByteArray();
        }
        TableImportException e = assertThrows(
                TableImportException.class, () -> xlsx.read(new ByteArrayInputStream(encrypted), RealTables.GUANGDONG));
        assertEquals(Reason.ENCRYPTED, e.reason());
        assertTrue(e.getMessage().contains("password"));
    }
}
