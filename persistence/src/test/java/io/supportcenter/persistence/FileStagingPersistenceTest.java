package io.supportcenter.persistence;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.supportcenter.domain.inquiry.AttachmentPolicy;
import io.supportcenter.domain.inquiry.FileStaging;
import io.supportcenter.domain.inquiry.NewAttachment;
import io.supportcenter.domain.inquiry.StagedFileInfo;
import io.supportcenter.domain.shared.BusinessException;
import io.supportcenter.persistence.inquiry.JpaStagedFileRepository;
import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Files staged for a message wait in the database, checked, for their owner only; each owner's staged bytes are
 * limited, and what was never sent is forgotten after a while.
 */
class FileStagingPersistenceTest {

    private static final Instant NOW = Instant.parse("2026-12-05T12:00:00Z");
    private static final AttachmentPolicy POLICY = new AttachmentPolicy(5, 1024 * 1024);
    private static final byte[] CSV = "date,amount\n2026-12-01,12.50\n".getBytes(StandardCharsets.UTF_8);

    private static FileStaging staging(EntityManager em, Instant now) {
        return new FileStaging(new JpaStagedFileRepository(em), () -> POLICY, Clock.fixed(now, ZoneOffset.UTC));
    }

    @Test
    void aStagedFileIsSentByItsOwnerOnlyAndThenGone() {
        try (TestDatabase db = TestDatabase.create().migrate()) {
            StagedFileInfo info = db.inTransaction(em -> staging(em, NOW).stage("member:7", "payments.csv", CSV, 10_000));
            assertEquals("payments.csv", info.fileName());
            assertEquals("text/csv; charset=UTF-8", info.contentType());
            assertEquals(CSV.length, info.size());

            assertEquals(List.of(), db.inTransaction(em -> staging(em, NOW).files("member:8", List.of(info.id()))),
                    "another user's id finds nothing");
            db.inTransaction(em -> {
                staging(em, NOW).discard("member:8", List.of(info.id()));
                return null;
            });
            List<NewAttachment> files = db.inTransaction(em -> staging(em, NOW).files("member:7", List.of(info.id(), "no-such-id")));
            assertEquals(1, files.size());
            assertArrayEquals(CSV, files.get(0).data());

            db.inTransaction(em -> {
                staging(em, NOW).discard("member:7", List.of(info.id()));
                return null;
            });
            assertEquals(0, db.count("SELECT COUNT(*) FROM staged_file"));
        }
    }

    @Test
    void aRebuiltFormFindsItsOwnersStagedFilesByIdInTheOrderItNamesThem() {
        try (TestDatabase db = TestDatabase.create().migrate()) {
            StagedFileInfo first = db.inTransaction(em -> staging(em, NOW).stage("member:7", "first.csv", CSV, 10_000));
            StagedFileInfo second = db.inTransaction(em -> staging(em, NOW).stage("member:7", "second.csv", CSV, 10_000));
            StagedFileInfo others = db.inTransaction(em -> staging(em, NOW).stage("member:8", "others.csv", CSV, 10_000));

            List<StagedFileInfo> found = db.inTransaction(em -> staging(em, NOW).stagedOf("member:7",
                    List.of(second.id(), others.id(), "gone", first.id(), second.id())));
            assertEquals(List.of(second, first), found, "the owner's files, once each, in the order named; another user's is not found");
            assertEquals(List.of(), db.inTransaction(em -> staging(em, NOW).stagedOf("member:8", List.of(first.id()))));
        }
    }

    @Test
    void eachOwnersStagedBytesAreLimitedAndARefusedFileIsNotKept() {
        try (TestDatabase db = TestDatabase.create().migrate()) {
            long limit = CSV.length * 2L;
            db.inTransaction(em -> staging(em, NOW).stage("staff:3", "a.csv", CSV, limit));
            db.inTransaction(em -> staging(em, NOW).stage("staff:3", "b.csv", CSV, limit));
            BusinessException full = assertThrows(BusinessException.class,
                    () -> db.inTransaction(em -> staging(em, NOW).stage("staff:3", "c.csv", CSV, limit)));
            assertEquals("inquiry.attachment.staging-full", full.messageKey());
            db.inTransaction(em -> staging(em, NOW).stage("member:3", "c.csv", CSV, limit)); // another owner's limit

            BusinessException wrongType = assertThrows(BusinessException.class,
                    () -> db.inTransaction(em -> staging(em, NOW).stage("member:4", "run.exe", CSV, limit)));
            assertEquals("inquiry.attachment.type-not-allowed", wrongType.messageKey());
            assertEquals(3, db.count("SELECT COUNT(*) FROM staged_file"));
        }
    }

    @Test
    void whatWasNeverSentIsForgottenAfterTheTimeKept() {
        try (TestDatabase db = TestDatabase.create().migrate()) {
            db.inTransaction(em -> staging(em, NOW).stage("member:5", "old.csv", CSV, 10_000));
            Instant later = NOW.plus(Duration.ofHours(23));
            db.inTransaction(em -> staging(em, later).stage("member:5", "new.csv", CSV, 10_000));

            int forgotten = db.inTransaction(em -> staging(em, NOW.plus(Duration.ofHours(24)).plusSeconds(1)).forgetOlderThan(Duration.ofHours(24)));
            assertEquals(1, forgotten);
            assertEquals(1, db.count("SELECT COUNT(*) FROM staged_file WHERE file_name = 'new.csv'"));
        }
    }
}
