/** The integrations' API keys and the commission records they sent. */
package io.supportcenter.persistence.commission;
