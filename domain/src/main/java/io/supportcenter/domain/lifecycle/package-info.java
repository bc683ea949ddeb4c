/** How accounts go dormant and come back (SPEC §8): dormancy warnings and deactivation, reactivation rules. */
package io.supportcenter.domain.lifecycle;
