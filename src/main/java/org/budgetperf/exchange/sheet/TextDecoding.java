package org.budgetperf.exchange.sheet;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.budgetperf.exchange.sheet.TableImportException.Reason;

/**
 * Decodes uploaded text bytes, strictly: a byte sequence that is not valid in the charset is an
 * error, never a silent replacement character inside a department name or an amount.
 *
 * <p>UTF-8 is expected (a UTF-8 byte order mark is dropped). Two other encodings are accepted
 * because Chinese offices produce them, and only when they can be recognised without guessing:
 * UTF-16 with a byte order mark (Excel's "Unicode text" export), and GB18030 (Windows' Chinese
 * default) when the bytes are not UTF-8, decode cleanly as GB18030 and then contain the form's own
 * labels 部门名称 or 绩效指标. Anything else is refused as "not UTF-8" with the offset of the first bad byte.
 */
public final class TextDecoding {

    /** Decoded text and the charset it was in. */
    public record Decoded(String text, Charset charset) {}

    private static final Charset GB18030 = Charset.forName("GB18030");

    private TextDecoding() {}

    public static Decoded decode(byte[] bytes) {
        if (bytes.length > ImportLimits.MAX_TEXT_BYTES) {
            throw new TableImportException(
                    Reason.LIMIT_EXCEEDED,
                    "byte " + ImportLimits.MAX_TEXT_BYTES,
                    "The text is larger than " + ImportLimits.MAX_TEXT_BYTES + " bytes",
                    "文本超过 " + ImportLimits.MAX_TEXT_BYTES + " 字节");
        }
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return new Decoded(strict(bytes, 3, StandardCharsets.UTF_8), StandardCharsets.UTF_8);
        }
        if (startsWith(bytes, 0xFF, 0xFE)) {
            return new Decoded(strict(bytes, 2, StandardCharsets.UTF_16LE), StandardCharsets.UTF_16LE);
        }
        if (startsWith(bytes, 0xFE, 0xFF)) {
            return new Decoded(strict(bytes, 2, StandardCharsets.UTF_16BE), StandardCharsets.UTF_16BE);
        }
        try {
            return new Decoded(strict(bytes, 0, StandardCharsets.UTF_8), StandardCharsets.UTF_8);
        } catch (TableImportException notUtf8) {
            String gb = tryDecode(bytes, GB18030);
            if (gb != null && (gb.contains("部门名称") || gb.contains("绩效指标"))) {
                return new Decoded(gb, GB18030);
            }
            throw notUtf8;
        }
    }

    private static String strict(byte[] bytes, int offset, Charset charset) {
        CharsetDecoder decoder = decoder(charset);
        ByteBuffer in = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
        CharBuffer out =
                CharBuffer.allocate((int) Math.ceil((bytes.length - offset) * (double) decoder.maxCharsPerByte()) + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            int at = in.position();
            throw new TableImportException(
                    Reason.MALFORMED_FILE,
                    "byte " + at,
                    "The text is not " + (charset == StandardCharsets.UTF_8 ? "UTF-8" : charset.name())
                            + ": invalid byte sequence at byte " + at,
                    "文本不是有效的 " + (charset == StandardCharsets.UTF_8 ? "UTF-8" : charset.name()) + " 编码（第 " + at
                            + " 字节）");
        }
        out.flip();
        return out.toString();
    }

    private static String tryDecode(byte[] bytes, Charset charset) {
        try {
            return decoder(charset).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (java.nio.charset.CharacterCodingException e) {
            return null;
        }
    }

    private static CharsetDecoder decoder(Charset charset) {
        return charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
