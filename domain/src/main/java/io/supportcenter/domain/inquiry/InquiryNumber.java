package io.supportcenter.domain.inquiry;

import java.io.Serializable;

/**
 * An inquiry as members and staff name it: the number in its address ({@code /support/history/{number}},
 * {@code /staff/inquiries/{number}}) and its emails, not the row's key.
 */
public record InquiryNumber(long value) implements Serializable {

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
