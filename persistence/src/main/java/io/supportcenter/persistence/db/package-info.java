/**
 * The database connection: the data source the WAR declares, migrations run at start-up, and the
 * status report for readiness.
 */
package io.supportcenter.persistence.db;
