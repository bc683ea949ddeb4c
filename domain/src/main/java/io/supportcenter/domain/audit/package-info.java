/**
 * The audit log: who did what, when and from which address, for every security-relevant event.
 */
package io.supportcenter.domain.audit;
