/**
 * The web shell around every page: section addresses, security headers, the configured contact
 * details the pages show.
 */
package io.supportcenter.web.shell;
