package io.supportcenter.domain.inquiry;

/**
 * Port to a counter that every closing and reopening of an inquiry raises in its own transaction, so that each node
 * (with its own solved-inquiry index and no shared disk) sees that it must look, and which inquiries changed since
 * its index was written: the raise holds the counter's row until the commit, so changes commit in their numbers' order.
 */
public interface InquiryIndexChanges {

    /** Raises the counter in the caller's transaction; returns the number of this change. */
    long raise();

    long current();
}
