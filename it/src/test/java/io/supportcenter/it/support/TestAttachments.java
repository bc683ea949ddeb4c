package io.supportcenter.it.support;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * Files stored on an inquiry's first message the way an upload on any node stores them (uploads
 * themselves are covered by the browser journeys), for tests of who may download them.
 */
public final class TestAttachments {

    private TestAttachments() {
    }

    /** Stores a PDF on the first message of the inquiry and returns the attachment's id. */
    public static long addPdf(long inquiry, String fileName, byte[] data) {
        long message = TestDatabase.current().count("SELECT MIN(id) FROM inquiry_message WHERE inquiry_id = " + inquiry);
        // Far above what the sequence hands out.
        long attachment = 9_000_000_000L + inquiry;
        try (Connection c = TestDatabase.current().connect();
             PreparedStatement meta = c.prepareStatement("INSERT INTO inquiry_attachment (id, message_id, file_name,"
                     + " content_type, size_bytes, uploaded_at) VALUES (?, ?, ?, 'application/pdf', ?, CURRENT_TIMESTAMP)");
             PreparedStatement content = c.prepareStatement("INSERT INTO inquiry_attachment_content (attachment_id, data) VALUES (?, ?)")) {
            meta.setLong(1, attachment);
            meta.setLong(2, message);
            meta.setString(3, fileName);
            meta.setLong(4, data.length);
            meta.executeUpdate();
            content.setLong(1, attachment);
            content.setBytes(2, data);
            content.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return attachment;
    }
}
