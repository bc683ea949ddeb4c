/**
 * JPA implementations of the staff-user and team repositories.
 */
package io.supportcenter.persistence.staff;
