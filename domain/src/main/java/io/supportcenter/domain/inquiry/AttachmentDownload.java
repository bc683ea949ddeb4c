package io.supportcenter.domain.inquiry;

/** A file as it is handed out: always as a download, never shown inline. */
public record AttachmentDownload(String fileName, String contentType, byte[] data) {

    public AttachmentDownload {
        data = data.clone();
    }

    @Override
    public byte[] data() {
        return data.clone();
    }
}
