/** How visitors and members reach people: the phone lines with their hours, and the offices (SPEC §2, contact). */
package io.supportcenter.domain.contact;
