/** The account lifecycle's jobs and pages: dormancy warnings and deactivation, reactivation. */
package io.supportcenter.web.lifecycle;
