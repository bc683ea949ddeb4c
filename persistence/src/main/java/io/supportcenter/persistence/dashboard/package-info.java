/** JPA implementation of the dashboards' figures: counts made by the database. */
package io.supportcenter.persistence.dashboard;
