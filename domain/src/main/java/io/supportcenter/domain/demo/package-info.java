/**
 * The demo data that lets a newcomer try every flow on the embedded database.
 */
package io.supportcenter.domain.demo;
