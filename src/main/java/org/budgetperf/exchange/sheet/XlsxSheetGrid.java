package org.budgetperf.exchange.sheet;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.model.SharedStrings;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.budgetperf.shared.domain.DecimalBounds;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Streams one worksheet's XML into a {@link Grid}, with POI's hardened SAX parser (no external
 * entities), so a sheet is never loaded as a whole document and the row, column, cell and
 * cell-length limits stop a hostile sheet while it is being read.
 *
 * <p>What a cell becomes: its text as the spreadsheet shows it, and for numbers also the exact
 * number stored in the file ({@code <v>82800.920000000013</v>}), so money keeps every digit while
 * values are not polluted by float noise. A formula cell contributes its cached value and its
 * formula text; formulas are never evaluated. Merged regions are kept as regions, not copied into
 * the cells they cover.
 */
final class XlsxSheetGrid extends DefaultHandler {

    private static final MathContext EXCEL_DIGITS = new MathContext(15, RoundingMode.HALF_UP);

    private final String sheetName;
    private final boolean qualifyLocations;
    private final SharedStrings strings;
    private final StylesTable styles;

    private final TreeMap<Integer, TreeMap<Integer, Cell>> cells = new TreeMap<>();
    private final List<Grid.Region> merges = new ArrayList<>();
    private int storedCells;
    private long storedChars;

    private int row = -1;
    private int nextColumn;
    private int column;
    private String type;
    private int style;
    private boolean hasFormula;
    private StringBuilder current;
    private final StringBuilder value = new StringBuilder();
    private final StringBuilder formula = new StringBuilder();
    private final StringBuilder inlineText = new StringBuilder();
    private boolean inInlineString;
    private boolean inPhonetic;

    private XlsxSheetGrid(String sheetName, boolean qualifyLocations, SharedStrings strings, StylesTable styles) {
        this.sheetName = sheetName;
        this.qualifyLocations = qualifyLocations;
        this.strings = strings;
        this.styles = styles;
    }

    /**
     * @param qualifyLocations whether locations name the sheet ({@code Sheet2!C18}), for workbooks with several sheets
     */
    static Grid read(
            InputStream sheet, String sheetName, boolean qualifyLocations, SharedStrings strings, StylesTable styles)
            throws IOException, SAXException, ParserConfigurationException {
        XlsxSheetGrid handler = new XlsxSheetGrid(sheetName, qualifyLocations, strings, styles);
        XMLReader parser = XMLHelper.newXMLReader();
        parser.setContentHandler(handler);
        parser.parse(new InputSource(sheet));
        return handler.grid();
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes) {
        switch (localName) {
            case "row" -> {
                String r = attributes.getValue("r");
                row = r == null ? row + 1 : Integer.parseInt(r) - 1;
                nextColumn = 0;
            }
            case "c" -> startCell(attributes);
            case "v" -> current = value;
            case "f" -> {
                hasFormula = true;
                current = formula;
            }
            case "is" -> inInlineString = true;
            case "rPh" -> inPhonetic = true;
            case "t" -> current = inInlineString && !inPhonetic ? inlineText : null;
            case "mergeCell" -> merge(attributes.getValue("ref"));
            default -> {}
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
        switch (localName) {
            case "v", "f", "t" -> current = null;
            case "is" -> inInlineString = false;
            case "rPh" -> inPhonetic = false;
            case "c" -> endCell();
            default -> {}
        }
    }

    @Override
    public void characters(char[] ch, int start, int length) {
        if (current != null) {
            current.append(ch, start, length);
            ImportLimits.checkCellLength(current.length(), location(row, column));
        }
    }

    private void startCell(Attributes attributes) {
        String ref = attributes.getValue("r");
        if (ref != null) {
            CellReference reference = new CellReference(ref);
            column = reference.getCol();
            if (reference.getRow() >= 0) {
                row = reference.getRow();
            }
        } else {
            column = nextColumn;
        }
        nextColumn = column + 1;
        type = attributes.getValue("t") == null ? "n" : attributes.getValue("t");
        String s = attributes.getValue("s");
        style = s == null ? 0 : Integer.parseInt(s);
        hasFormula = false;
        value.setLength(0);
        formula.setLength(0);
        inlineText.setLength(0);
    }

    private void endCell() {
        String raw = value.toString();
        BigDecimal number = null;
        boolean percent = false;
        String text;
        switch (type) {
            case "s" ->
                text = raw.isBlank()
                        ? ""
                        : strings.getItemAt(Integer.parseInt(raw.strip())).getString();
            case "inlineStr" -> text = inlineText.toString();
            case "b" -> text = raw.isBlank() ? "" : "1".equals(raw.strip()) ? "TRUE" : "FALSE";
            case "n" -> {
                number = raw.isBlank() ? null : DecimalBounds.parseOrNull(raw.strip());
                if (number == null) {
                    // Blank, or a stored number beyond DecimalBounds (1E+100000000): kept as text, reported by the
                    // readers.
                    text = raw.strip();
                } else {
                    String format = formatOf(style);
                    percent = format != null && format.contains("%");
                    text = display(number, format, percent);
                }
            }
            default -> text = raw; // str (formula text), e (error such as #DIV/0!), d (ISO date)
        }
        if (text.isEmpty() && !hasFormula) {
            return;
        }
        String location = location(row, column);
        ImportLimits.checkRow(row, location);
        ImportLimits.checkColumn(column, location);
        ImportLimits.checkCellLength(text.length(), location);
        ImportLimits.checkCellCount(++storedCells, location);
        ImportLimits.checkTotalChars(storedChars += text.length(), location);
        cells.computeIfAbsent(row, r -> new TreeMap<>())
                .put(column, new Cell(text, location, number, hasFormula ? formula.toString() : null, percent));
    }

    private void merge(String ref) {
        if (ref == null) {
            return;
        }
        ImportLimits.checkMergedRegions(merges.size() + 1, "sheet " + sheetName);
        CellRangeAddress range = CellRangeAddress.valueOf(ref);
        merges.add(new Grid.Region(
                range.getFirstRow(), range.getFirstColumn(), range.getLastRow(), range.getLastColumn()));
    }

    private String formatOf(int styleIndex) {
        if (styles == null) {
            return null;
        }
        try {
            XSSFCellStyle cellStyle = styles.getStyleAt(styleIndex);
            return cellStyle == null ? null : cellStyle.getDataFormatString();
        } catch (RuntimeException unknownStyle) {
            return null;
        }
    }

    /** A number as the spreadsheet shows it: 15 significant digits, percent applied, dates as ISO dates. */
    static String display(BigDecimal number, String format, boolean percent) {
        if (format != null && !percent && isDateFormat(format)) {
            LocalDateTime date = DateUtil.getLocalDateTime(number.doubleValue());
            return date.toLocalTime().toSecondOfDay() == 0 ? date.toLocalDate().toString() : date.toString();
        }
        BigDecimal shown = (percent ? number.movePointRight(2) : number)
                .round(EXCEL_DIGITS)
                .stripTrailingZeros();
        String text = shown.signum() == 0 ? "0" : shown.toPlainString();
        return percent ? text + "%" : text;
    }

    private static boolean isDateFormat(String format) {
        try {
            return DateUtil.isADateFormat(-1, format);
        } catch (RuntimeException unparsable) {
            return false;
        }
    }

    private String location(int r, int c) {
        CellReference reference =
                qualifyLocations ? new CellReference(sheetName, r, c, false, false) : new CellReference(r, c);
        return reference.formatAsString();
    }

    private Grid grid() {
        int lastRow = cells.isEmpty() ? -1 : cells.lastKey();
        List<List<Cell>> rows = new ArrayList<>();
        int dense = 0;
        for (int r = 0; r <= lastRow; r++) {
            TreeMap<Integer, Cell> stored = cells.getOrDefault(r, new TreeMap<>());
            List<Cell> rowCells = new ArrayList<>();
            int lastColumn = stored.isEmpty() ? -1 : stored.lastKey();
            dense += lastColumn + 1;
            ImportLimits.checkCellCount(dense, location(r, Math.max(lastColumn, 0)));
            for (int c = 0; c <= lastColumn; c++) {
                Cell cell = stored.get(c);
                rowCells.add(cell != null ? cell : Cell.ofText("", location(r, c)));
            }
            rows.add(rowCells);
        }
        return new Grid("sheet " + sheetName, rows, this::location, merges);
    }
}
