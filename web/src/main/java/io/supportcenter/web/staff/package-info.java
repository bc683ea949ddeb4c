/**
 * The staff console's pages.
 */
package io.supportcenter.web.staff;
