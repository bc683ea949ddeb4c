/**
 * Staff console use cases that span accounts, sign-in and inquiries: finding an account and the
 * tools support staff use on it (reactivate, close for compliance, Login Help, clear a lock, end
 * sessions), each checked against the staff user's roles on the server.
 */
package io.supportcenter.domain.console;
