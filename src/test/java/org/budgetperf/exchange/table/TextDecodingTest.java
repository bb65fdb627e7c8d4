package org.budgetperf.exchange.table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.budgetperf.exchange.sheet.FindingCodes;
import org.budgetperf.exchange.sheet.FindingSeverity;
import org.budgetperf.exchange.sheet.TableImportException;
import org.budgetperf.exchange.sheet.TableImportException.Reason;
import org.budgetperf.support.RealData;
import org.junit.jupiter.api.Test;

/** Uploaded text bytes are decoded strictly; only encodings that can be recognised are accepted. */
class TextDecodingTest {

    private static final String DONGGUAN = RealData.text(RealData.DONGGUAN_2024);
    private final TabSeparatedTableReader reader = new TabSeparatedTableReader();

    @Test
    void decodesUtf8() {
        assertEquals(DONGGUAN, TabSeparatedTableReader.decode(DONGGUAN.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void dropsAUtf8ByteOrderMark() {
        byte[] body = DONGGUAN.getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[body.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(body, 0, withBom, 3, body.length);
        assertEquals(DONGGUAN, TabSeparatedTableReader.decode(withBom));
        ImportResult result = reader.read(withBom, RealTables.GUANGDONG);
        assertEquals("东莞市归国华侨联合会", result.table().departmentName());
        assertTrue(result.findings().stream().noneMatch(f -> f.code().startsWith("ENCODING_")));
    }

    @Test
    void refusesMalformedUtf8WithTheOffsetOfTheFirstBadByte() {
        byte[] bytes = "部门名称\t某局".getBytes(StandardCharsets.UTF_8);
        bytes[4] = (byte) 0xFF; // inside the second character
        TableImportException e = assertThrows(TableImportException.class, () -> TabSeparatedTableReader.decode(bytes));
        assertEquals(Reason.MALFORMED_FILE, e.reason());
        assertEquals("byte 3", e.location());
        assertTrue(e.getMessage().contains("not UTF-8"), e.getMessage());
    }

    @Test
    void refusesBinaryGarbage() {
        byte[] garbage = new byte[256];
        for (int i = 0; i < garbage.length; i++) {
            garbage[i] = (byte) (0x80 + i % 0x7F);
        }
        TableImportException e =
                assertThrows(TableImportException.class, () -> reader.read(garbage, RealTables.GUANGDONG));
        assertEquals(Reason.MALFORMED_FILE, e.reason());
    }

    @Test
    void recognisesGb18030ByTheFormsOwnLabels() {
        byte[] gb = DONGGUAN.getBytes(Charset.forName("GB18030"));
        assertEquals(DONGGUAN, TabSeparatedTableReader.decode(gb));
        ImportResult result = reader.read(gb, RealTables.GUANGDONG);
        ImportResult utf8 = reader.read(DONGGUAN, RealTables.GUANGDONG);
        assertEquals(utf8.table(), result.table());
        assertEquals(FindingCodes.ENCODING_GB18030, result.findings().get(0).code());
        assertEquals(FindingSeverity.WARNING, result.findings().get(0).severity());
    }

    @Test
    void doesNotGuessGb18030ForTextWithoutTheFormsLabels() {
        byte[] gb = "随便一段中文，不是目标表。".getBytes(Charset.forName("GB18030"));
        TableImportException e = assertThrows(TableImportException.class, () -> TabSeparatedTableReader.decode(gb));
        assertEquals(Reason.MALFORMED_FILE, e.reason());
    }

    @Test
    void acceptsExcelsUnicodeTextExport() {
        byte[] body = DONGGUAN.getBytes(StandardCharsets.UTF_16LE);
        byte[] withBom = new byte[body.length + 2];
        withBom[0] = (byte) 0xFF;
        withBom[1] = (byte) 0xFE;
        System.arraycopy(body, 0, withBom, 2, body.length);
        ImportResult result = reader.read(withBom, RealTables.GUANGDONG);
        assertEquals(reader.read(DONGGUAN, RealTables.GUANGDONG).table(), result.table());
        assertEquals(FindingCodes.ENCODING_UTF16, result.findings().get(0).code());
    }
}
