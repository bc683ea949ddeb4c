/** The account pages of the staff console: find an account, and the tools used on it. */
package io.supportcenter.web.staff.account;
