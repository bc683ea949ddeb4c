package io.supportcenter.domain.inquiry;

import io.supportcenter.domain.shared.BusinessException;
import java.io.Serializable;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Which files may be attached (SPEC §5.3): documents, images, spreadsheets, text and CSV, at most
 * {@code maxFiles} of at most {@code maxBytes} each. A file is accepted only when its name has an
 * allowed extension <em>and</em> its content starts the way that kind of file does, so an
 * executable renamed {@code .pdf} is refused. The content type stored is ours, never the browser's.
 */
public record AttachmentPolicy(int maxFiles, long maxBytes) implements Serializable {

    private record Kind(String contentType, byte[][] signatures, String zipMarker) {
    }

    private static final byte[] ZIP = {'P', 'K', 3, 4};
    private static final byte[] OLE = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};
    private static final Map<String, Kind> KINDS = Map.ofEntries(
            Map.entry("pdf", new Kind("application/pdf", sig("%PDF-"), null)),
            Map.entry("png", new Kind("image/png", new byte[][] {{(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A}}, null)),
            Map.entry("jpg", new Kind("image/jpeg", new byte[][] {{(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}}, null)),
            Map.entry("jpeg", new Kind("image/jpeg", new byte[][] {{(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}}, null)),
            Map.entry("gif", new Kind("image/gif", sig("GIF87a", "GIF89a"), null)),
            Map.entry("doc", new Kind("application/msword", new byte[][] {OLE}, null)),
            Map.entry("xls", new Kind("application/vnd.ms-excel", new byte[][] {OLE}, null)),
            Map.entry("docx", new Kind("application/vnd.openxmlformats-officedocument.wordprocessingml.document", new byte[][] {ZIP}, "word/")),
            Map.entry("xlsx", new Kind("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", new byte[][] {ZIP}, "xl/")),
            Map.entry("odt", new Kind("application/vnd.oasis.opendocument.text", new byte[][] {ZIP}, "opendocument.text")),
            Map.entry("ods", new Kind("application/vnd.oasis.opendocument.spreadsheet", new byte[][] {ZIP}, "opendocument.spreadsheet")),
            Map.entry("txt", new Kind("text/plain; charset=UTF-8", null, null)),
            Map.entry("csv", new Kind("text/csv; charset=UTF-8", null, null)));

    /** How far into a ZIP file the marker of its kind must appear (the first entries' names). */
    private static final int ZIP_MARKER_WINDOW = 64 * 1024;

    public static List<String> allowedExtensions() {
        return KINDS.keySet().stream().sorted().toList();
    }

    /** Refuses too many files; call with the number a message would have. */
    public void requireCount(int files) {
        if (files > maxFiles) {
            throw new BusinessException("inquiry.attachment.too-many", maxFiles);
        }
    }

    /**
     * Checks one file and returns it with the content type that its checked kind has.
     * Refusals name the file and the reason.
     */
    public NewAttachment check(String fileName, byte[] data) {
        String name = safeName(fileName);
        if (data.length == 0) {
            throw new BusinessException("inquiry.attachment.empty", name);
        }
        if (data.length > maxBytes) {
            throw new BusinessException("inquiry.attachment.too-large", name, maxBytes / (1024 * 1024));
        }
        int dot = name.lastIndexOf('.');
        Kind kind = dot < 0 ? null : KINDS.get(name.substring(dot + 1).toLowerCase(Locale.ROOT));
        if (kind == null) {
            throw new BusinessException("inquiry.attachment.type-not-allowed", name, String.join(", ", allowedExtensions()));
        }
        if (!matches(kind, data)) {
            throw new BusinessException("inquiry.attachment.content-mismatch", name);
        }
        return new NewAttachment(name, kind.contentType(), data);
    }

    private static boolean matches(Kind kind, byte[] data) {
        if (kind.signatures() == null) {
            return isText(data);
        }
        boolean signed = Arrays.stream(kind.signatures()).anyMatch(signature -> startsWith(data, signature));
        if (!signed || kind.zipMarker() == null) {
            return signed;
        }
        String head = new String(data, 0, Math.min(data.length, ZIP_MARKER_WINDOW), StandardCharsets.ISO_8859_1);
        return head.contains(kind.zipMarker());
    }

    /** UTF-8 text without control characters other than tab, line breaks and form feed. */
    private static boolean isText(byte[] data) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(data)).toString();
        } catch (CharacterCodingException e) {
            return false;
        }
        return text.chars().noneMatch(c -> c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f');
    }

    private static boolean startsWith(byte[] data, byte[] prefix) {
        return data.length >= prefix.length && Arrays.equals(data, 0, prefix.length, prefix, 0, prefix.length);
    }

    private static byte[][] sig(String... prefixes) {
        return Arrays.stream(prefixes).map(p -> p.getBytes(StandardCharsets.US_ASCII)).toArray(byte[][]::new);
    }

    /**
     * The last path segment, without characters that could break a header or a file system, nor the invisible
     * ones (bidi overrides, zero-width characters, line separators): "invoice", U+202E, "fdp.exe" reads as
     * "invoiceexe.pdf".
     */
    static String safeName(String fileName) {
        String name = fileName == null ? "" : fileName.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}\\p{Cf}\\p{Zl}\\p{Zp}\"]", "").strip();
        if (name.length() > 200) {
            name = name.substring(name.length() - 200);
        }
        return name.isEmpty() ? "attachment" : name;
    }
}
