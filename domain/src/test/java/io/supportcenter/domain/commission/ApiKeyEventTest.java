package io.supportcenter.domain.commission;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.supportcenter.domain.identity.Caller;
import io.supportcenter.domain.identity.StaffId;
import io.supportcenter.domain.identity.StaffRole;
import io.supportcenter.domain.support.AuthFixture;
import io.supportcenter.domain.support.TestEntities;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Both kinds of {@link ApiKeyEvent}: the key is named in the audit log by id and label, never by its secret. */
class ApiKeyEventTest {

    @Test
    void createdAndRevoked() {
        AuthFixture fixture = new AuthFixture();
        Caller admin = new Caller.Staff(new StaffId(7), Set.of(StaffRole.ADMIN), "192.0.2.20");
        ApiKey key = TestEntities.withId(new ApiKey("Reporting", "hash-of-secret", "sc_live_a", admin.auditName(), fixture.clock.instant()), 3L);
        fixture.events.fire(new ApiKeyEvent.Created(admin, key));
        fixture.events.fire(new ApiKeyEvent.Revoked(admin, key));
        assertEquals(List.of("API_KEY_CREATED api-key:3 Reporting staff:7", "API_KEY_REVOKED api-key:3 Reporting staff:7"),
                fixture.audit.stream().map(line -> line.getAction() + " " + line.getSubject() + " " + line.getDetail() + " " + line.getActor())
                        .toList());
        assertEquals(List.of(), fixture.mailed());
    }
}
