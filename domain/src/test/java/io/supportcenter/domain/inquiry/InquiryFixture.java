package io.supportcenter.domain.inquiry;

import io.supportcenter.domain.account.Account;
import io.supportcenter.domain.account.AccountType;
import io.supportcenter.domain.account.NewUser;
import io.supportcenter.domain.account.User;
import io.supportcenter.domain.kb.Category;
import io.supportcenter.domain.identity.StaffRole;
import io.supportcenter.domain.staff.StaffUser;
import io.supportcenter.domain.staff.Team;
import io.supportcenter.domain.support.TestEntities;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

/** Entities as the database would hand them over (with ids), for inquiry unit tests. */
final class InquiryFixture {

    static final Instant NOW = Instant.parse("2026-06-01T16:00:00Z");

    final Team clientSupport = team(1L, Team.CLIENT_SUPPORT, "Client Support");
    final Team technical = team(2L, Team.TECHNICAL_SERVICES, "Technical Services");
    final Account account = Account.open("4000999", "Fixture Media", AccountType.PUBLISHER,
            new NewUser("pat@fixture.example", "Pat Fixture", "hash", Locale.ENGLISH, ZoneId.of("UTC")), NOW);
    final User member = withId(account.getSuperUser(), 10L);
    final Category payments = withId(new Category("payments", "Payments", null, clientSupport, true, 1), 20L);
    final StaffUser agent = withId(new StaffUser("agent@fixture.example", "Avery Agent", "hash", List.of(StaffRole.AGENT),
            List.of(clientSupport), NOW), 30L);
    final Author memberAuthor = Author.member(10L, "Pat Fixture");
    final Author agentAuthor = Author.staff(30L, "Avery Agent");

    Inquiry submitted() {
        return Inquiry.submit("key-1", member, payments, "Payment missing", "My May payment did not arrive.", NOW,
                NOW.plusSeconds(72 * 3600));
    }

    private static Team team(long id, String code, String name) {
        return TestEntities.team(id, code, name);
    }

    static <T> T withId(T entity, long id) {
        return TestEntities.withId(entity, id);
    }
}
