package io.supportcenter.domain.inquiry;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The bytes of one attachment, read only when someone downloads it. */
@Entity
@Table(name = "inquiry_attachment_content")
public class AttachmentContent {

    @Id
    @Column(name = "attachment_id")
    private Long attachmentId;

    @Column(name = "data", nullable = false)
    private byte[] data;

    protected AttachmentContent() {
        // for JPA
    }

    public AttachmentContent(long attachmentId, byte[] data) {
        this.attachmentId = attachmentId;
        this.data = data.clone();
    }

    public Long getAttachmentId() {
        return attachmentId;
    }

    public byte[] getData() {
        return data.clone();
    }
}
