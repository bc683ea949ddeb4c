/**
 * The knowledge-base editor of the staff console ({@code /staff/kb}): topics, the category tree,
 * the content-gap report. Only editors, supervisors and admins reach these pages (web.xml).
 */
package io.supportcenter.web.staff.kb;
