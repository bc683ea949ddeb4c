package io.supportcenter.domain.inquiry;

import java.io.Serializable;

/** What a page shows of a staged file, and all it keeps: the id to send it by, its name, type and size. */
public record StagedFileInfo(String id, String fileName, String contentType, long size) implements Serializable {
}
