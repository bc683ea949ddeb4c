/**
 * The policies of the portal: every value SPEC marks <em>(config)</em>, with its default from
 * configuration and an admin's override stored in the database, read per use so that a change applies
 * without a restart.
 */
package io.supportcenter.domain.policy;
