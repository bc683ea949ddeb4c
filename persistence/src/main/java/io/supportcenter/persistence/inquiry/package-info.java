/** JPA implementation of the inquiry repository port. */
package io.supportcenter.persistence.inquiry;
