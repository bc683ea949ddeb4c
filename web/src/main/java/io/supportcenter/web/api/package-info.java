/** The portal's REST interface for the network's systems (JAX-RS under {@code /api}). */
package io.supportcenter.web.api;
