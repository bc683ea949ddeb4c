/**
 * The member's account pages: the account landing and the SuperUser's Administrative Settings.
 */
package io.supportcenter.web.account;
