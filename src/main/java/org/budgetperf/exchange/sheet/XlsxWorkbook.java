package org.budgetperf.exchange.sheet;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.SharedStrings;
import org.apache.poi.xssf.model.StylesTable;
import org.budgetperf.exchange.sheet.TableImportException.Reason;
import org.xml.sax.SAXException;

/**
 * Opens an uploaded xlsx workbook defensively and hands its sheets, as {@link Grid}s, to a form reader until one
 * accepts a sheet. Shared by {@link org.budgetperf.exchange.table.XlsxTableReader} (部门整体预算绩效目标表) and
 * {@link org.budgetperf.exchange.selfevaluation.SelfEvaluationFormReader} (项目支出绩效自评表), so both get the same
 * protections:
 * <ul>
 *   <li>the upload is capped at {@link ImportLimits#MAX_XLSX_BYTES} and then opened from a temporary
 *       file, so only the parts read (shared strings, styles, one sheet at a time) are inflated;</li>
 *   <li>{@link ZipSecureFile} refuses zip bombs: entries that inflate more than 1/{@link ImportLimits#MIN_INFLATE_RATIO}
 *       times or beyond {@link ImportLimits#MAX_ZIP_ENTRY_BYTES}. These settings are JVM-wide in POI;
 *       this class only ever tightens them;</li>
 *   <li>sheets are streamed with POI's hardened SAX parser (no external entities), never built as a
 *       workbook object model, and the row, column and cell limits apply while streaming;</li>
 *   <li>formulas are never evaluated: their cached values are read and reported;</li>
 *   <li>password-protected workbooks and old binary .xls files are refused with a clear reason.</li>
 * </ul>
 */
public final class XlsxWorkbook {

    static {
        if (ZipSecureFile.getMinInflateRatio() < ImportLimits.MIN_INFLATE_RATIO) {
            ZipSecureFile.setMinInflateRatio(ImportLimits.MIN_INFLATE_RATIO);
        }
        if (ZipSecureFile.getMaxEntrySize() > ImportLimits.MAX_ZIP_ENTRY_BYTES) {
            ZipSecureFile.setMaxEntrySize(ImportLimits.MAX_ZIP_ENTRY_BYTES);
        }
    }

    /** Reads one sheet; throws {@link TableImportException} with {@link Reason#NOT_A_TARGET_TABLE} to pass it over. */
    public interface SheetReader<T> {
        T read(Grid grid);
    }

    /**
     * What a reader made of the first sheet it accepted.
     *
     * @param sheetNames all sheets of the workbook, in order
     * @param index the sheet that was read
     */
    public record Found<T>(T value, List<String> sheetNames, int index) {
        public boolean several() {
            return sheetNames.size() > 1;
        }

        List<String> otherSheets() {
            List<String> others = new ArrayList<>(sheetNames);
            others.remove(index);
            return others;
        }

        /** The finding that the other sheets were not read. */
        public ImportFinding otherSheetsIgnored() {
            String sheet = sheetNames.get(index);
            return new ImportFinding(
                    FindingSeverity.INFO,
                    FindingCodes.OTHER_SHEETS_IGNORED,
                    "sheet " + sheet,
                    "The table was read from sheet " + sheet + "; other sheets " + otherSheets() + " were not read"
                            + " / 已读取工作表 " + sheet + "，其他工作表 " + otherSheets() + " 未读取");
        }
    }

    private XlsxWorkbook() {}

    /**
     * Reads the first sheet the reader accepts. The stream is read to its end but not closed.
     *
     * @param formEn the form looked for, for the refusal message ({@code a 部门整体预算绩效目标表})
     * @param formZh the same in Chinese
     * @throws TableImportException when the file is not an xlsx workbook, is encrypted, no sheet holds the form,
     *         or a limit of {@link ImportLimits} is exceeded
     */
    public static <T> Found<T> firstAccepted(InputStream in, SheetReader<T> reader, String formEn, String formZh) {
        byte[] bytes = ImportLimits.readAtMost(in, ImportLimits.MAX_XLSX_BYTES, "The workbook is");
        requireXlsx(bytes);
        Path file = temporaryCopy(bytes);
        try {
            OPCPackage workbook = guarded(() -> OPCPackage.open(file.toFile(), PackageAccess.READ));
            try {
                return readWorkbook(workbook, reader, formEn, formZh);
            } finally {
                workbook.revert();
            }
        } finally {
            deleteQuietly(file);
        }
    }

    /** A temporary file is a server resource: failing to write it is not the upload's fault. */
    private static Path temporaryCopy(byte[] bytes) {
        try {
            Path file = Files.createTempFile("target-table-import-", ".xlsx");
            Files.write(file, bytes);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the temporary copy of an uploaded workbook", e);
        }
    }

    private static <T> Found<T> readWorkbook(OPCPackage workbook, SheetReader<T> reader, String formEn, String formZh) {
        List<String> sheetNames = guarded(() -> sheetNames(workbook));
        SharedStrings strings = guarded(() -> new ReadOnlySharedStringsTable(workbook, false));
        StylesTable styles = guarded(() -> new XSSFReader(workbook).getStylesTable());
        boolean several = sheetNames.size() > 1;
        TableImportException firstRefusal = null;
        for (int i = 0; i < sheetNames.size(); i++) {
            int index = i;
            Grid grid = guarded(() -> sheetGrid(workbook, index, sheetNames.get(index), several, strings, styles));
            try {
                return new Found<>(reader.read(grid), List.copyOf(sheetNames), index);
            } catch (TableImportException refused) {
                if (refused.reason() != Reason.NOT_A_TARGET_TABLE) {
                    throw refused;
                }
                firstRefusal = firstRefusal == null ? refused : firstRefusal;
            }
        }
        if (firstRefusal == null) {
            throw new TableImportException(
                    Reason.NOT_A_TARGET_TABLE, "workbook", "The workbook has no sheet", "工作簿中没有工作表");
        }
        if (!several) {
            throw firstRefusal;
        }
        throw new TableImportException(
                Reason.NOT_A_TARGET_TABLE,
                "sheet " + sheetNames.get(0),
                "None of the sheets " + sheetNames + " holds " + formEn,
                "工作表 " + sheetNames + " 中都没有" + formZh,
                firstRefusal);
    }

    private static List<String> sheetNames(OPCPackage workbook) throws IOException, OpenXML4JException {
        List<String> names = new ArrayList<>();
        XSSFReader.SheetIterator sheets = new XSSFReader(workbook).getSheetIterator();
        while (sheets.hasNext()) {
            try (InputStream ignored = sheets.next()) {
                names.add(sheets.getSheetName());
            }
        }
        return names;
    }

    private static Grid sheetGrid(
            OPCPackage workbook, int index, String name, boolean several, SharedStrings strings, StylesTable styles)
            throws IOException, OpenXML4JException, SAXException, ParserConfigurationException {
        XSSFReader.SheetIterator sheets = new XSSFReader(workbook).getSheetIterator();
        for (int i = 0; sheets.hasNext(); i++) {
            try (InputStream sheet = sheets.next()) {
                if (i == index) {
                    return XlsxSheetGrid.read(sheet, name, several, strings, styles);
                }
            }
        }
        throw new IOException("sheet " + name + " disappeared");
    }

    /** Refuses what is not an xlsx package before POI parses anything. */
    private static void requireXlsx(byte[] bytes) {
        FileMagic magic;
        try {
            magic = FileMagic.valueOf(bytes);
        } catch (RuntimeException e) {
            magic = FileMagic.UNKNOWN;
        }
        if (magic == FileMagic.OOXML) {
            return;
        }
        if (magic == FileMagic.OLE2) {
            if (isEncrypted(bytes)) {
                throw new TableImportException(
                        Reason.ENCRYPTED,
                        "workbook",
                        "The workbook is password-protected; save it without a password and upload it again",
                        "工作簿设有密码，请取消密码后重新上传");
            }
            throw new TableImportException(
                    Reason.UNSUPPORTED_FORMAT,
                    "workbook",
                    "This is an old binary Excel file (.xls); save it as .xlsx and upload it again",
                    "这是旧版 Excel 文件（.xls），请另存为 .xlsx 后重新上传");
        }
        throw new TableImportException(
                Reason.MALFORMED_FILE,
                "byte 0",
                "The file is not an xlsx workbook" + (bytes.length == 0 ? " (it is empty)" : ""),
                "文件不是 xlsx 工作簿" + (bytes.length == 0 ? "（文件为空）" : ""));
    }

    /** An encrypted OOXML file is an OLE2 container holding EncryptionInfo and EncryptedPackage. */
    private static boolean isEncrypted(byte[] bytes) {
        try (POIFSFileSystem container = new POIFSFileSystem(new ByteArrayInputStream(bytes))) {
            return container.getRoot().hasEntry("EncryptionInfo");
        } catch (IOException | RuntimeException notAContainer) {
            return false;
        }
    }

    /** A POI step; everything it throws except our own refusals means the workbook is unreadable. */
    private interface PoiStep<T> {
        T run() throws Exception;
    }

    private static <T> T guarded(PoiStep<T> step) {
        try {
            return step.run();
        } catch (TableImportException own) {
            throw own;
        } catch (Exception e) {
            throw unreadable(e);
        }
    }

    private static TableImportException unreadable(Exception e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String message = String.valueOf(t.getMessage());
            if (message.contains("Zip bomb") || message.contains(ZipSecureFile.MAX_FILE_COUNT_MSG.substring(0, 20))) {
                return new TableImportException(
                        Reason.LIMIT_EXCEEDED,
                        "workbook",
                        "The workbook inflates beyond the safety limits (zip bomb)",
                        "工作簿解压后超出安全限制（疑似压缩炸弹）",
                        e);
            }
        }
        return new TableImportException(
                Reason.MALFORMED_FILE,
                "workbook",
                "The xlsx workbook cannot be read: it is damaged or not an Office Open XML spreadsheet",
                "无法读取该 xlsx 工作簿：文件已损坏或不是 xlsx 格式",
                e);
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // a leftover temporary file is not worth failing the import for
        }
    }
}
