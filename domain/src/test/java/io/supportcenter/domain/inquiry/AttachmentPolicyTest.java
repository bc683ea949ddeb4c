package io.supportcenter.domain.inquiry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.supportcenter.domain.shared.BusinessException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class AttachmentPolicyTest {

    private final AttachmentPolicy policy = new AttachmentPolicy(5, 10L * 1024 * 1024);

    private String refusal(String name, byte[] data) {
        return assertThrows(BusinessException.class, () -> policy.check(name, data)).messageKey();
    }

    @Test
    void filesOfAllowedKindsWhoseContentMatchesAreAccepted() {
        assertEquals("application/pdf", policy.check("statement.pdf", "%PDF-1.7\n...".getBytes(StandardCharsets.US_ASCII)).contentType());
        assertEquals("image/png", policy.check("Screen Shot.PNG", new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0}).contentType());
        assertEquals("text/csv; charset=UTF-8", policy.check("clicks.csv", "date,clicks\n2026-06-01,12\n".getBytes(StandardCharsets.UTF_8)).contentType());
        assertEquals("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                policy.check("report.xlsx", "PK\u0003\u0004....[Content_Types].xml....xl/workbook.xml".getBytes(StandardCharsets.ISO_8859_1)).contentType());
    }

    @Test
    void anExecutableRenamedToPdfIsRefused() {
        byte[] exe = {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0};
        assertEquals("inquiry.attachment.content-mismatch", refusal("invoice.pdf", exe));
        assertEquals("inquiry.attachment.content-mismatch", refusal("notes.txt", exe), "binary is not text");
        assertEquals("inquiry.attachment.content-mismatch", refusal("letter.docx", "PK\u0003\u0004xl/".getBytes(StandardCharsets.ISO_8859_1)),
                "a spreadsheet is not a document");
    }

    @Test
    void disallowedTypesTooLargeAndEmptyFilesAreRefused() {
        assertEquals("inquiry.attachment.type-not-allowed", refusal("setup.exe", new byte[] {'M', 'Z'}));
        assertEquals("inquiry.attachment.type-not-allowed", refusal("no-extension", "text".getBytes(StandardCharsets.UTF_8)));
        assertEquals("inquiry.attachment.too-large", refusal("big.txt", new byte[10 * 1024 * 1024 + 1]));
        assertEquals("inquiry.attachment.empty", refusal("empty.txt", new byte[0]));
    }

    @Test
    void atMostFiveFiles() {
        policy.requireCount(5);
        assertEquals("inquiry.attachment.too-many", assertThrows(BusinessException.class, () -> policy.requireCount(6)).messageKey());
    }

    @Test
    void namesLoseTheirPathsAndControlCharacters() {
        assertEquals("report.pdf", AttachmentPolicy.safeName("C:\\Users\\pat\\report.pdf"));
        assertEquals("evil.pdf", AttachmentPolicy.safeName("../../evil\".pdf".replace("\"", "\"\r\n")).replace("\r", "").replace("\n", ""));
        assertEquals("attachment", AttachmentPolicy.safeName("  "));
    }

    @Test
    void invisibleCharactersCannotDisguiseAName() {
        assertEquals("invoicefdp.exe", AttachmentPolicy.safeName("invoice\u202Efdp.exe"), "a right-to-left override");
        assertEquals("report.pdf", AttachmentPolicy.safeName("re\u200Bport\u2066.pdf\u2069"), "zero-width and isolates");
        assertEquals("a b.csv", AttachmentPolicy.safeName("a\u2028 b.csv"), "a line separator");
        assertEquals("Überweisung März.pdf", AttachmentPolicy.safeName("Überweisung März.pdf"), "letters stay");
    }
}
