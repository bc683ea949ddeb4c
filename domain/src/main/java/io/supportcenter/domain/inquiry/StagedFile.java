package io.supportcenter.domain.inquiry;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A checked file waiting in the database for the message it will be sent with. The page that took it holds
 * only its id, so an abandoned form costs no memory on any node, and another node can finish the form.
 */
@Entity
@Table(name = "staged_file")
public class StagedFile {

    @Id
    @Column(name = "id", length = 36)
    private String id;

    /** {@code member:<user id>} or {@code staff:<staff id>}: only its owner can send or remove it. */
    @Column(name = "owner", length = 40, nullable = false)
    private String owner;

    @Column(name = "file_name", length = 255, nullable = false)
    private String fileName;

    @Column(name = "content_type", length = 120, nullable = false)
    private String contentType;

    @Column(name = "size_bytes", nullable = false)
    private long sizeBytes;

    @Column(name = "staged_at", nullable = false)
    private Instant stagedAt;

    @Column(name = "data", nullable = false)
    private byte[] data;

    protected StagedFile() {
        // for JPA
    }

    StagedFile(String id, String owner, NewAttachment file, Instant now) {
        this.id = id;
        this.owner = owner;
        this.fileName = file.fileName();
        this.contentType = file.contentType();
        this.sizeBytes = file.size();
        this.stagedAt = now;
        this.data = file.data();
    }

    public String getId() {
        return id;
    }

    public String getOwner() {
        return owner;
    }

    StagedFileInfo info() {
        return new StagedFileInfo(id, fileName, contentType, sizeBytes);
    }

    NewAttachment attachment() {
        return new NewAttachment(fileName, contentType, data);
    }
}
