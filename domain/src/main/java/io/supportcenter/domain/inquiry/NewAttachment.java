package io.supportcenter.domain.inquiry;

import java.io.Serializable;
import java.util.Objects;

/** A file a member or an agent sends with a message, already checked by {@link AttachmentPolicy}. */
public record NewAttachment(String fileName, String contentType, byte[] data) implements Serializable {

    public NewAttachment {
        Objects.requireNonNull(fileName);
        Objects.requireNonNull(contentType);
        data = data.clone();
    }

    public long size() {
        return data.length;
    }

    @Override
    public byte[] data() {
        return data.clone();
    }
}
