package io.supportcenter.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.supportcenter.domain.account.Account;
import io.supportcenter.domain.account.AccountType;
import io.supportcenter.domain.account.NewUser;
import io.supportcenter.domain.account.SignedInMember;
import io.supportcenter.domain.account.User;
import io.supportcenter.persistence.account.JpaAccountRepository;
import io.supportcenter.persistence.account.JpaUserRepository;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The SuperUser and email rules hold in the database itself, not only in the entities. */
class AccountPersistenceTest {

    private static final Instant NOW = Instant.parse("2026-11-20T10:15:30Z");
    private static TestDatabase db;

    @BeforeAll
    static void migrate() {
        db = TestDatabase.create().migrate();
    }

    @AfterAll
    static void drop() {
        db.close();
    }

    private static NewUser user(String email) {
        return new NewUser(email, "Name " + email, "pbkdf2-sha256$600000$c2FsdA$aGFzaA", Locale.ENGLISH,
                ZoneId.of("America/Los_Angeles"));
    }

    private static void inTransaction(Consumer<EntityManager> work) {
        EntityManager em = db.entityManagerFactory().createEntityManager();
        try {
            em.getTransaction().begin();
            work.accept(em);
            em.getTransaction().commit();
        } finally {
            if (em.getTransaction().isActive()) {
                em.getTransaction().rollback();
            }
            em.close();
        }
    }

    private static Account saveAccount(String number, String... emails) {
        Account account = Account.open(number, "Company " + number, AccountType.PUBLISHER, user(emails[0]), NOW);
        for (int i = 1; i < emails.length; i++) {
            account.addUser(user(emails[i]), NOW);
        }
        inTransaction(em -> new JpaAccountRepository(em).add(account));
        return account;
    }

    @Test
    void anAccountIsStoredWithItsSuperUserAndTimesSurviveTheRoundTrip() {
        saveAccount("5000001", "super@one.example", "plain@one.example");
        inTransaction(em -> {
            Account loaded = new JpaAccountRepository(em).findByNumber("5000001").orElseThrow();
            assertEquals("super@one.example", loaded.getSuperUser().getEmail());
            assertEquals(2, loaded.getUsers().size());
            assertEquals(NOW, loaded.getCreatedAt());
            User plain = new JpaUserRepository(em).findByEmail("PLAIN@One.Example").orElseThrow();
            assertEquals(loaded, plain.getAccount());
            assertTrue(!plain.isSuperUser() && loaded.getSuperUser().isSuperUser());
        });
    }

    @Test
    void theSignedInMemberIsReadInOneQueryExactlyAsFromTheEntities() {
        saveAccount("5000008", "boss@eight.example", "staff@eight.example");
        inTransaction(em -> {
            JpaUserRepository users = new JpaUserRepository(em);
            for (String email : new String[] {"boss@eight.example", "staff@eight.example"}) {
                User user = users.findByEmail(email).orElseThrow();
                SignedInMember read = users.findSignedIn(user.getId()).orElseThrow();
                assertEquals(SignedInMember.of(user), read);
                assertEquals("boss@eight.example", read.profile().superUserEmail());
                assertEquals(email.startsWith("boss"), read.profile().superUser());
                assertTrue(read.mayUsePortal());
            }
            User plain = users.findByEmail("staff@eight.example").orElseThrow();
            plain.getAccount().disableUser(plain);
            em.flush();
            assertFalse(users.findSignedIn(plain.getId()).orElseThrow().mayUsePortal());
            assertTrue(users.findSignedIn(-1).isEmpty());
        });
    }

    @Test
    void aTransferIsStored() {
        saveAccount("5000002", "old@two.example", "new@two.example");
        inTransaction(em -> {
            Account account = new JpaAccountRepository(em).findByNumber("5000002").orElseThrow();
            User target = new JpaUserRepository(em).findByEmail("new@two.example").orElseThrow();
            account.transferSuperUserTo(target);
        });
        inTransaction(em -> assertEquals("new@two.example",
                new JpaAccountRepository(em).findByNumber("5000002").orElseThrow().getSuperUser().getEmail()));
    }

    @Test
    void theSameEmailInAnotherCaseCannotBeRegisteredTwice() {
        saveAccount("5000003", "taken@three.example");
        assertThrows(RuntimeException.class, () -> saveAccount("5000004", "TAKEN@Three.Example"));
        assertThrows(IllegalStateException.class, () -> db.execute(
                "UPDATE member_user SET email = 'Taken@Three.Example' WHERE email = 'taken@three.example'"));
    }

    @Test
    void anAccountCannotBeStoredWithoutASuperUserReference() {
        saveAccount("5000005", "a@five.example");
        assertThrows(IllegalStateException.class, () -> db.execute(
                "INSERT INTO account (id, account_number, company_name, account_type, status, created_at, active_since, version)"
                        + " VALUES (999999, '5000999', 'Orphan', 'PUBLISHER', 'ACTIVE', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 0)"));
        assertThrows(IllegalStateException.class, () -> db.execute(
                "UPDATE account SET superuser_id = NULL WHERE account_number = '5000005'"));
    }

    @Test
    void theSuperUserMustBeTheAccountsOwnAndCannotBeDeletedOrMoved() {
        // PostgreSQL: a deferred foreign key; H2: triggers (V33).
        saveAccount("5000006", "a@six.example");
        saveAccount("5000007", "b@seven.example");
        assertThrows(IllegalStateException.class, () -> db.execute(
                "UPDATE account SET superuser_id = (SELECT id FROM member_user WHERE email = 'b@seven.example')"
                        + " WHERE account_number = '5000006'"));
        assertThrows(IllegalStateException.class, () -> db.execute(
                "DELETE FROM member_user WHERE email = 'a@six.example'"));
        assertThrows(IllegalStateException.class, () -> db.execute(
                "UPDATE member_user SET account_id = (SELECT id FROM account WHERE account_number = '5000007')"
                        + " WHERE email = 'a@six.example'"));
        assertEquals(1, db.count("SELECT COUNT(*) FROM account a JOIN member_user u ON u.id = a.superuser_id"
                + " WHERE a.account_number = '5000006' AND u.email = 'a@six.example'"));
    }

    @Test
    void signUpNumbersComeFromASequenceAndTheConfirmationLinkFindsItsUser() {
        inTransaction(em -> {
            JpaAccountRepository accounts = new JpaAccountRepository(em);
            long first = Long.parseLong(accounts.nextAccountNumber());
            assertEquals(first + 1, Long.parseLong(accounts.nextAccountNumber()));
            Account account = Account.signUpPublisher("6100001", "Signed Up", "https://signed.example", user("new@signed.example"),
                    "confirmation-hash", NOW.plusSeconds(3600), NOW);
            accounts.add(account);
        });
        inTransaction(em -> {
            User user = new JpaUserRepository(em).findByEmailConfirmationHash("confirmation-hash").orElseThrow();
            assertEquals("new@signed.example", user.getEmail());
            assertTrue(user.isAwaitingEmailConfirmation() && !user.isEmailConfirmationExpired(NOW));
            assertEquals("https://signed.example", user.getAccount().getWebsite().orElseThrow());
            user.confirmEmail();
        });
        inTransaction(em -> assertTrue(new JpaUserRepository(em).findByEmailConfirmationHash("confirmation-hash").isEmpty()));
    }
}
