/**
 * Inquiries (SPEC §5.3, §5.4, §6): what members ask, the conversation with staff, attachments, the
 * lifecycle NEW → OPEN → AWAITING_MEMBER → CLOSED enforced by {@link io.supportcenter.domain.inquiry.Inquiry},
 * first-response due times on the business calendar, auto-close and reopen.
 */
package io.supportcenter.domain.inquiry;
