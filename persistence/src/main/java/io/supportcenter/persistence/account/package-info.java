/**
 * JPA implementations of the account and member-user repositories.
 */
package io.supportcenter.persistence.account;
