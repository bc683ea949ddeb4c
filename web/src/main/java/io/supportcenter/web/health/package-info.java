/**
 * MicroProfile Health checks (served by Payara at /health).
 */
package io.supportcenter.web.health;
