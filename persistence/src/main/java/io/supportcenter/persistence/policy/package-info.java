/** The admins' policy values in the database. */
package io.supportcenter.persistence.policy;
