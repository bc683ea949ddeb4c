/**
 * Ask a Question and Support History (members), the attachment download, the inquiry settings and
 * the background job that reminds and auto-closes.
 */
package io.supportcenter.web.inquiry;
