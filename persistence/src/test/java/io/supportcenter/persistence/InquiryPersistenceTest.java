package io.supportcenter.persistence;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.supportcenter.domain.account.Account;
import io.supportcenter.domain.account.AccountType;
import io.supportcenter.domain.account.NewUser;
import io.supportcenter.domain.audit.AuditLog;
import io.supportcenter.domain.calendar.BusinessCalendar;
import io.supportcenter.domain.calendar.UsFederalHolidays;
import io.supportcenter.domain.dashboard.AgeBand;
import io.supportcenter.domain.dashboard.DashboardRepository;
import io.supportcenter.domain.identity.Caller;
import io.supportcenter.domain.identity.StaffRole;
import io.supportcenter.domain.inquiry.AnswerTimes;
import io.supportcenter.domain.inquiry.AttachmentPolicy;
import io.supportcenter.domain.inquiry.BulkChange;
import io.supportcenter.domain.inquiry.InquiryJobs;
import io.supportcenter.domain.inquiry.InquiryNumber;
import io.supportcenter.domain.inquiry.InquiryService;
import io.supportcenter.domain.inquiry.InquiryStatus;
import io.supportcenter.domain.inquiry.InquiryViews;
import io.supportcenter.domain.inquiry.NewAttachment;
import io.supportcenter.domain.inquiry.QueueCriteria;
import io.supportcenter.domain.inquiry.QueueService;
import io.supportcenter.domain.inquiry.QueueView;
import io.supportcenter.domain.inquiry.ServiceLevels;
import io.supportcenter.domain.inquiry.StaffInquiryService;
import io.supportcenter.domain.inquiry.UsualWait;
import io.supportcenter.domain.kb.Category;
import io.supportcenter.domain.mail.Outbox;
import io.supportcenter.domain.mail.OutboxPolicy;
import io.supportcenter.domain.mail.OutgoingMail;
import io.supportcenter.domain.shared.BusinessException;
import io.supportcenter.domain.staff.StaffUser;
import io.supportcenter.domain.support.Callers;
import io.supportcenter.domain.support.FiredEvents;
import io.supportcenter.persistence.kb.JpaKnowledgeBaseChanges;
import io.supportcenter.persistence.inquiry.LuceneSimilarInquiryIndex;
import io.supportcenter.persistence.inquiry.JpaInquiryIndexChanges;
import io.supportcenter.domain.support.KeptEvents;
import io.supportcenter.domain.inquiry.SimilarInquiryIndexer;
import io.supportcenter.domain.inquiry.InquiryEvent;
import io.supportcenter.persistence.account.JpaAccountRepository;
import io.supportcenter.persistence.account.JpaUserRepository;
import io.supportcenter.persistence.audit.JpaAuditRepository;
import io.supportcenter.persistence.dashboard.JpaDashboardRepository;
import io.supportcenter.persistence.inquiry.JpaInquiryRepository;
import io.supportcenter.persistence.kb.JpaCategoryRepository;
import io.supportcenter.persistence.mail.JpaOutgoingMailRepository;
import io.supportcenter.persistence.staff.JpaStaffUserRepository;
import io.supportcenter.persistence.staff.JpaTeamRepository;
import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Inquiries on a real database: submitting with attachments, idempotency, account walls, the jobs. */
class InquiryPersistenceTest {

    private static final Instant START = Instant.parse("2026-06-01T16:00:00Z");
    private static final AtomicReference<Instant> NOW = new AtomicReference<>(START);
    private static final Clock CLOCK = new Clock() {
        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return NOW.get();
        }
    };
    private static final ServiceLevels LEVELS = new ServiceLevels(BusinessCalendar.weekdays(ZoneId.of("America/Los_Angeles"),
            LocalTime.of(6, 0), LocalTime.of(17, 0), UsFederalHolidays.thisAndNextYear(2026)), Duration.ofHours(72), 24, 48,
            Duration.ofHours(72), Duration.ofHours(24));
    private static final AttachmentPolicy FILES = new AttachmentPolicy(5, 10L * 1024 * 1024);
    private static TestDatabase db;
    private static Caller.Member pat;
    private static Caller.Member otherAccountUser;
    private static Caller.Staff agent;
    private static Caller.Staff otherTeamAgent;
    private static Caller.Staff supervisor;

    private record Services(InquiryService members, StaffInquiryService staff, InquiryJobs jobs, QueueService queues,
                            DashboardRepository dashboards, AnswerTimes answerTimes) {
    }

    /** This node's index of solved inquiries, as the container keeps it: every closing and reopening goes in once committed. */
    private static final LuceneSimilarInquiryIndex NODE_A = new LuceneSimilarInquiryIndex();

    private static <T> T inTransaction(Function<Services, T> work) {
        KeptEvents<SimilarInquiryIndexer.Indexed> indexed = new KeptEvents<>();
        T result = db.inTransaction(em -> {
            JpaInquiryRepository inquiries = new JpaInquiryRepository(em);
            AnswerTimes answerTimes = new AnswerTimes(inquiries, new JpaCategoryRepository(em), new JpaTeamRepository(em), () -> LEVELS, CLOCK);
            FiredEvents events = new FiredEvents(new AuditLog(new JpaAuditRepository(em), CLOCK),
                    new Outbox(new JpaOutgoingMailRepository(em), OutboxPolicy.defaults(), CLOCK));
            Services services = new Services(
                    new InquiryService(inquiries, new JpaUserRepository(em), new JpaCategoryRepository(em), events, () -> LEVELS, () -> FILES,
                            answerTimes, CLOCK),
                    new StaffInquiryService(inquiries, new JpaStaffUserRepository(em), new JpaTeamRepository(em), events,
                            () -> LEVELS, () -> FILES, CLOCK),
                    new InquiryJobs(inquiries, events, () -> LEVELS, CLOCK),
                    new QueueService(inquiries, new JpaStaffUserRepository(em), new JpaTeamRepository(em), new JpaCategoryRepository(em), () -> LEVELS, CLOCK),
                    new JpaDashboardRepository(em), answerTimes);
            T done = work.apply(services);
            // As CDI delivers them in the transaction: each closing and reopening takes its number of the index's changes.
            SimilarInquiryIndexer indexer = indexer(em, NODE_A, indexed);
            events.fired.stream().filter(InquiryEvent.ClosedOrReopened.class::isInstance)
                    .forEach(event -> indexer.numbered((InquiryEvent.ClosedOrReopened) event));
            return done;
        });
        indexed.fired.forEach(indexer -> NODE_A.update(indexer.inquiry()));
        return result;
    }

    private static SimilarInquiryIndexer indexer(EntityManager em, LuceneSimilarInquiryIndex node, KeptEvents<SimilarInquiryIndexer.Indexed> indexed) {
        return new SimilarInquiryIndexer(new JpaInquiryRepository(em), node, new JpaInquiryIndexChanges(em),
                new JpaKnowledgeBaseChanges(em), indexed);
    }

    /** Another node looks for changes, with its indexer as it is after a restart (from what its index reflects). */
    private static SimilarInquiryIndexer.Refresh refresh(LuceneSimilarInquiryIndex node) {
        return db.inTransaction(em -> indexer(em, node, new KeptEvents<>()).refresh());
    }

    private static long inEntityManager(Function<EntityManager, Long> work) {
        return db.inTransaction(work);
    }

    private static String inEntityManagerText(Function<EntityManager, String> work) {
        return db.inTransaction(work);
    }

    @BeforeAll
    static void data() {
        db = TestDatabase.create().migrate();
        pat = account("6000001", "pat@inquiry.example");
        otherAccountUser = account("6000002", "olive@other.example");
        inEntityManager(em -> {
            var team = new JpaTeamRepository(em).findAll().get(0);
            Category payments = new Category("payments", "Payments", null, team, false, 1);
            Category schedule = new Category("payment-schedule", "Payment Schedule", payments, team, false, 1);
            em.persist(payments);
            em.persist(schedule);
            StaffUser staff = new StaffUser("agent@inquiry.example", "Avery Agent", "hash", List.of(StaffRole.AGENT), List.of(team), START);
            em.persist(staff);
            var otherTeam = new JpaTeamRepository(em).findAll().get(1);
            StaffUser other = new StaffUser("tech@inquiry.example", "Tess Tech", "hash", List.of(StaffRole.AGENT), List.of(otherTeam), START);
            em.persist(new Category("tracking-pixels", "Tracking Pixels", null, otherTeam, false, 2));
            StaffUser lead = new StaffUser("lead@inquiry.example", "Lee Lead", "hash", List.of(StaffRole.SUPERVISOR), List.of(), START);
            em.persist(other);
            em.persist(lead);
            em.flush();
            otherTeamAgent = Callers.staff(other.getId(), StaffRole.AGENT);
            supervisor = Callers.staff(lead.getId(), StaffRole.SUPERVISOR);
            agent = Callers.staff(staff.getId(), StaffRole.AGENT);
            return 0L;
        });
    }

    private static Caller.Member account(String number, String email) {
        return db.inTransaction(em -> {
            Account account = Account.open(number, "Company " + number, AccountType.PUBLISHER,
                    new NewUser(email, "Name " + number, "hash", Locale.ENGLISH, ZoneId.of("America/New_York")), START);
            new JpaAccountRepository(em).add(account);
            em.flush();
            return Callers.member(account.getSuperUser().getId(), account.getId());
        });
    }

    @AfterAll
    static void drop() {
        db.close();
    }

    private static InquiryViews.Submitted ask(String key, List<NewAttachment> files) {
        return inTransaction(s -> s.members().submit(pat, key, "payment-schedule", "Payment missing", "My May payment did not arrive yet.", files));
    }

    @Test
    void aQuestionIsSavedWithItsAttachmentOnceAndOnlyItsAccountReadsIt() {
        byte[] pdf = "%PDF-1.7 statement".getBytes(StandardCharsets.US_ASCII);
        String receivedMails = "SELECT COUNT(*) FROM outgoing_mail WHERE template = 'inquiry.received'";
        long mailsBefore = db.count(receivedMails);
        InquiryViews.Submitted first = ask("key-attach", List.of(FILES.check("statement.pdf", pdf)));
        InquiryViews.Submitted again = ask("key-attach", List.of(FILES.check("statement.pdf", pdf)));
        assertEquals(mailsBefore + 1, db.count(receivedMails), "one confirmation");
        assertEquals(first.number(), again.number(), "the same form submitted twice is one inquiry");
        assertTrue(first.number() >= 100_001);
        assertEquals(1, db.count("SELECT COUNT(*) FROM inquiry WHERE submission_key = 'key-attach'"));
        // Monday 09:00 Pacific + 72 business hours = Tuesday of the next week, 15:00 Pacific.
        assertEquals(Instant.parse("2026-06-09T22:00:00Z"), first.due());

        InquiryViews.Detail detail = inTransaction(s -> s.members().inquiry(pat, new InquiryNumber(first.number()))).orElseThrow();
        assertEquals(InquiryStatus.NEW, detail.status());
        long attachmentId = detail.messages().get(0).attachments().get(0).id();
        assertArrayEquals(pdf, inTransaction(s -> s.members().download(pat, attachmentId)).orElseThrow().data());

        assertTrue(inTransaction(s -> s.members().inquiry(otherAccountUser, new InquiryNumber(first.number()))).isEmpty());
        assertTrue(inTransaction(s -> s.members().download(otherAccountUser, attachmentId)).isEmpty());
        assertThrows(BusinessException.class, () -> inTransaction(s -> {
            s.members().reply(otherAccountUser, new InquiryNumber(first.number()), "reply-key-intruder", "Let me in", List.of());
            return null;
        }));
    }

    @Test
    void aReplyFormSentAgainAddsNothingAndAnotherFormAddsItsOwn() {
        long number = ask("key-reply-twice", List.of()).number();
        for (int i = 0; i < 2; i++) {
            inTransaction(s -> {
                s.members().reply(pat, new InquiryNumber(number), "reply-form-1", "Sent from one form.", List.of());
                return null;
            });
        }
        boolean first = inTransaction(s -> s.members().repliedWith(pat, new InquiryNumber(number), "reply-form-1"));
        boolean second = inTransaction(s -> s.members().repliedWith(pat, new InquiryNumber(number), "reply-form-2"));
        assertTrue(first, "the first form's reply is in");
        assertFalse(second, "no reply from a form not sent yet");
        inTransaction(s -> {
            s.members().reply(pat, new InquiryNumber(number), "reply-form-2", "Sent from one form.", List.of());
            return null;
        });
        assertEquals(3, inTransaction(s -> s.members().inquiry(pat, new InquiryNumber(number))).orElseThrow().messages().size(),
                "the question, then one reply per form");
    }

    @Test
    void oneReplyFormSentTwiceAtOnceQueuesOnTheInquiryAndMakesOneMessage() throws Exception {
        long number = ask("key-reply-race", List.of()).number();
        java.util.concurrent.CountDownLatch firstIn = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.CountDownLatch commitFirst = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.ExecutorService clicks = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            var first = clicks.submit(() -> inTransaction(s -> {
                s.members().reply(pat, new InquiryNumber(number), "reply-race", "Sent twice at once.", List.of());
                firstIn.countDown();
                awaitQuietly(commitFirst);
                return null;
            }));
            assertTrue(firstIn.await(10, java.util.concurrent.TimeUnit.SECONDS), "the first send holds the inquiry");
            var second = clicks.submit(() -> inTransaction(s -> {
                s.members().reply(pat, new InquiryNumber(number), "reply-race", "Sent twice at once.", List.of());
                return null;
            }));
            long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(10);
            while (db.waitingForLocks() == 0 && !second.isDone() && System.nanoTime() < deadline) {
                Thread.onSpinWait();
            }
            assertFalse(second.isDone(), "the second send waits for the first instead of reading around it");
            commitFirst.countDown();
            first.get(10, java.util.concurrent.TimeUnit.SECONDS);
            second.get(10, java.util.concurrent.TimeUnit.SECONDS);
        } finally {
            commitFirst.countDown();
            clicks.shutdownNow();
        }
        assertEquals(2, inTransaction(s -> s.members().inquiry(pat, new InquiryNumber(number))).orElseThrow().messages().size(),
                "the question and one reply; neither send failed");
    }

    private static void awaitQuietly(java.util.concurrent.CountDownLatch latch) {
        try {
            latch.await(10, java.util.concurrent.TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void aCategoryWithSubCategoriesIsNotEnough() {
        BusinessException e = assertThrows(BusinessException.class, () -> inTransaction(s -> s.members().submit(pat, "key-parent",
                "payments", "Payment missing", "My May payment did not arrive yet.", List.of())));
        assertEquals("inquiry.category.leaf-required", e.messageKey());
    }

    @Test
    void theMemberIsRemindedOnceAndTheInquiryClosesOnceWhateverTheNumberOfRuns() {
        String reminders = "SELECT COUNT(*) FROM outgoing_mail WHERE template = 'inquiry.reminder'";
        String closings = "SELECT COUNT(*) FROM outgoing_mail WHERE template = 'inquiry.auto-closed'";
        long remindersBefore = db.count(reminders);
        long closingsBefore = db.count(closings);
        long number = ask("key-jobs", List.of()).number();
        NOW.set(START.plus(Duration.ofHours(1)));
        long shown = version(number);
        inTransaction(s -> {
            s.staff().claim(agent, new InquiryNumber(number));
            s.staff().note(agent, new InquiryNumber(number), shown, "Checked the payment run.");
            s.staff().reply(agent, new InquiryNumber(number), shown, "It was paid on Friday.", List.of());
            return null;
        });
        NOW.set(START.plus(Duration.ofHours(1 + 47)));
        assertEquals(new JobsRun(0, 0), runJobs());
        NOW.set(START.plus(Duration.ofHours(1 + 48)));
        assertEquals(new JobsRun(1, 0), runJobs());
        assertEquals(new JobsRun(0, 0), runJobs(), "one reminder");
        NOW.set(START.plus(Duration.ofHours(1 + 72)));
        assertEquals(new JobsRun(0, 1), runJobs());
        assertEquals(new JobsRun(0, 0), runJobs(), "closed once");

        InquiryViews.Detail detail = inTransaction(s -> s.members().inquiry(pat, new InquiryNumber(number))).orElseThrow();
        assertEquals(InquiryStatus.CLOSED, detail.status());
        assertEquals(2, detail.messages().size(), "the internal note is not shown to the member");
        assertEquals(3, inTransaction(s -> s.staff().inquiry(agent, new InquiryNumber(number))).orElseThrow().messages().size());
        assertEquals(remindersBefore + 1, db.count(reminders));
        assertEquals(closingsBefore + 1, db.count(closings));

        inTransaction(s -> {
            s.members().reopen(pat, new InquiryNumber(number), "It still has not arrived.");
            return null;
        });
        assertEquals(InquiryStatus.OPEN, inTransaction(s -> s.members().inquiry(pat, new InquiryNumber(number))).orElseThrow().status());
        NOW.set(START);
    }

    /** What one run of the inquiry jobs did. */
    private record JobsRun(int reminded, int closed) {
    }

    /** One run as the job's timer makes it: the due inquiries, then each in a transaction of its own. */
    private JobsRun runJobs() {
        int reminded = 0;
        int closed = 0;
        for (long number : inTransaction(s -> s.jobs().due(100))) {
            InquiryJobs.Outcome outcome = inTransaction(s -> s.jobs().handle(number));
            reminded += outcome == InquiryJobs.Outcome.REMINDED ? 1 : 0;
            closed += outcome == InquiryJobs.Outcome.CLOSED ? 1 : 0;
        }
        return new JobsRun(reminded, closed);
    }

    @Test
    void twoRunsAtOnceCloseAnInquiryOnce() throws Exception {
        long number = ask("key-twice", List.of()).number();
        inTransaction(s -> {
            s.staff().reply(agent, new InquiryNumber(number), version(number), "Here is the answer.", List.of());
            return null;
        });
        db.execute("UPDATE inquiry SET awaiting_since = awaiting_since - INTERVAL '80' HOUR WHERE id = " + number);
        String closedMails = "SELECT COUNT(*) FROM outgoing_mail WHERE template = 'inquiry.auto-closed'";
        long before = db.count(closedMails);
        java.util.concurrent.ExecutorService nodes = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            java.util.concurrent.CountDownLatch go = new java.util.concurrent.CountDownLatch(1);
            java.util.concurrent.Callable<JobsRun> run = () -> {
                go.await();
                return runJobs();
            };
            var a = nodes.submit(run);
            var b = nodes.submit(run);
            go.countDown();
            assertEquals(1, a.get().closed() + b.get().closed(), "exactly one of the two runs closes it");
        } finally {
            nodes.shutdownNow();
        }
        assertEquals(before + 1, db.count(closedMails), "and exactly one email says so");
    }

    @Test
    void queuesShowATeamItsInquiriesTheAgentTheirOwnAndSupervisorsAll() {
        long number = ask("key-queue", List.of()).number();
        QueueService.Request team = QueueService.Request.of(QueueService.Scope.TEAM);
        QueueService.Request mine = QueueService.Request.of(QueueService.Scope.MINE);
        QueueService.Request all = QueueService.Request.of(QueueService.Scope.ALL);
        QueueService.Request breached = new QueueService.Request(QueueService.Scope.TEAM, null, null, null, true, null, QueueCriteria.Order.DUE, false);

        assertTrue(numbers(agent, team).contains(number), "the team's queue");
        assertFalse(numbers(otherTeamAgent, team).contains(number), "not another team's");
        assertFalse(numbers(agent, mine).contains(number));
        assertEquals("queue.all.supervisors-only", assertThrows(BusinessException.class,
                () -> inTransaction(s -> s.queues().page(agent, all, 0, 50))).messageKey());
        assertTrue(numbers(supervisor, all).contains(number));
        String teamCode = inEntityManagerText(em -> new JpaTeamRepository(em).findAll().get(0).getCode());
        assertTrue(numbers(supervisor, new QueueService.Request(QueueService.Scope.TEAM, teamCode, null, null, false, null,
                QueueCriteria.Order.DUE, false)).contains(number), "a supervisor sees any team's queue, member of it or not");
        assertTrue(numbers(supervisor, new QueueService.Request(QueueService.Scope.TEAM, "NO_SUCH_TEAM", null, null, false, null,
                QueueCriteria.Order.DUE, false)).isEmpty());
        List<Long> newestFirst = numbers(supervisor, new QueueService.Request(QueueService.Scope.ALL, null, null, null, false, null,
                QueueCriteria.Order.NUMBER, true));
        assertEquals(newestFirst.stream().sorted(java.util.Comparator.reverseOrder()).toList(), newestFirst, "sorted in the database");
        assertEquals(number, newestFirst.get(0));

        inTransaction(s -> {
            s.staff().claim(agent, new InquiryNumber(number));
            return null;
        });
        assertTrue(numbers(agent, mine).contains(number), "claimed: in my queue");
        assertFalse(numbers(agent, breached).contains(number), "not yet due");
        NOW.set(START.plus(Duration.ofDays(30)));
        try {
            assertTrue(numbers(agent, breached).contains(number), "overdue without a first response");
            QueueService.Row row = inTransaction(s -> s.queues().page(agent, team, 0, 500)).stream()
                    .filter(r -> r.number() == number).findFirst().orElseThrow();
            assertTrue(row.breached() && row.timeLeft().isNegative(), row.toString());
        } finally {
            NOW.set(START);
        }
    }

    @Test
    void viewsCountTheirInquiriesAndNextFollowsTheDueOrder() {
        QueueService.Request unassigned = view(QueueView.UNASSIGNED);
        QueueService.Request awaiting = view(QueueView.AWAITING_MEMBER);
        long first = ask("key-view-1", List.of()).number();
        long second = ask("key-view-2", List.of()).number();
        long third = ask("key-view-3", List.of()).number();
        Map<QueueView, Long> before = inTransaction(s -> s.queues().counts(agent));
        assertFalse(before.containsKey(QueueView.ALL), "an agent is not offered every team's view");
        assertTrue(inTransaction(s -> s.queues().counts(supervisor)).containsKey(QueueView.ALL));
        assertTrue(numbers(agent, unassigned).containsAll(List.of(first, second, third)));

        inTransaction(s -> {
            s.staff().claim(agent, new InquiryNumber(first));
            s.staff().reply(agent, new InquiryNumber(second), s.staff().inquiry(agent, new InquiryNumber(second)).orElseThrow().version(), "See the payment calendar.",
                    List.of());
            return null;
        });
        Map<QueueView, Long> after = inTransaction(s -> s.queues().counts(agent));
        assertEquals(before.get(QueueView.UNASSIGNED) - 2, after.get(QueueView.UNASSIGNED), "claimed and answered ones left it");
        assertEquals(before.get(QueueView.MINE) + 1, after.get(QueueView.MINE));
        assertEquals(before.get(QueueView.AWAITING_MEMBER) + 1, after.get(QueueView.AWAITING_MEMBER));
        assertFalse(numbers(agent, unassigned).contains(first), "claimed");
        assertTrue(numbers(agent, awaiting).contains(second), "the member's turn");

        List<Long> order = numbers(agent, unassigned);
        int at = order.indexOf(third);
        long expected = at + 1 < order.size() ? order.get(at + 1) : order.get(0);
        assertEquals(expected, inTransaction(s -> s.queues().next(agent, unassigned, third)).orElseThrow(), "the next in due order");
        QueueService.Request newestFirst = QueueService.Request.of(QueueView.UNASSIGNED, null, null, null, null,
                QueueCriteria.Order.NUMBER, true);
        List<Long> byNumber = numbers(agent, newestFirst);
        int position = byNumber.indexOf(third);
        assertEquals(position + 1 < byNumber.size() ? byNumber.get(position + 1) : byNumber.get(0),
                inTransaction(s -> s.queues().next(agent, newestFirst, third)).orElseThrow(), "the next in the view's own order");
        long afterClaimed = inTransaction(s -> s.queues().next(agent, unassigned, first)).orElseThrow();
        assertTrue(order.contains(afterClaimed) && afterClaimed != first, "one that has left the view still has a next");
        inTransaction(s -> {
            // The reminder jobs of another test read every inquiry waiting for its member.
            List.of(first, second, third).forEach(number -> s.staff().close(agent, new InquiryNumber(number)));
            return null;
        });
    }

    @Test
    void aReplyThatClosesTellsTheMemberItIsClosedAndABulkChangeIsAudited() {
        long number = ask("key-reply-close", List.of()).number();
        String closedMails = "SELECT COUNT(*) FROM outgoing_mail WHERE template = 'inquiry.replied-closed'";
        long mailsBefore = db.count(closedMails);
        inTransaction(s -> {
            s.staff().reply(agent, new InquiryNumber(number), s.staff().inquiry(agent, new InquiryNumber(number)).orElseThrow().version(), "Paid on the 15th.",
                    List.of(), StaffInquiryService.AfterReply.CLOSE);
            return null;
        });
        InquiryViews.Detail closed = inTransaction(s -> s.staff().inquiry(agent, new InquiryNumber(number))).orElseThrow();
        assertEquals(InquiryStatus.CLOSED, closed.status());
        assertTrue(closed.firstRespondedAt() != null, "the reply counts as the first response");
        assertEquals(mailsBefore + 1, db.count(closedMails), "one email, saying it is closed");

        long other = ask("key-bulk", List.of()).number();
        inTransaction(s -> {
            s.staff().changeInBulk(agent, new InquiryNumber(other), new BulkChange(BulkChange.Kind.CLOSE, null, null));
            return null;
        });
        assertEquals(1, db.count("SELECT COUNT(*) FROM audit_event WHERE action = 'INQUIRY_CHANGED_IN_BULK' AND subject = 'inquiry:"
                + other + "'"));
        assertEquals("inquiry.already-closed", assertThrows(BusinessException.class, () -> inTransaction(s -> {
            s.staff().changeInBulk(agent, new InquiryNumber(other), new BulkChange(BulkChange.Kind.CLAIM, null, null));
            return null;
        })).messageKey());
    }

    private static QueueService.Request view(QueueView view) {
        return QueueService.Request.of(view, null, null, null, null, QueueCriteria.Order.DUE, false);
    }

    @Test
    void aQueuePageIsASliceOfTheWholeOrderAndEachFilterNarrowsIt() {
        List<Long> asked = List.of(ask("key-slice-1", List.of()).number(), ask("key-slice-2", List.of()).number(),
                ask("key-slice-3", List.of()).number(), ask("key-slice-4", List.of()).number());
        QueueService.Request newestFirst = new QueueService.Request(QueueService.Scope.ALL, null, null, null, false, null,
                QueueCriteria.Order.NUMBER, true);
        List<Long> whole = numbers(supervisor, newestFirst);
        assertEquals(List.of(asked.get(3), asked.get(2), asked.get(1), asked.get(0)), whole.subList(0, 4));
        assertEquals(whole.subList(0, 2), page(supervisor, newestFirst, 0, 2));
        assertEquals(whole.subList(2, 4), page(supervisor, newestFirst, 2, 2), "the next page starts where the first ended");

        long last = asked.get(3);
        assertTrue(numbers(supervisor, new QueueService.Request(QueueService.Scope.ALL, null, InquiryStatus.NEW, null, false, null,
                QueueCriteria.Order.SUBMITTED, false)).contains(last), "by status");
        assertFalse(numbers(supervisor, new QueueService.Request(QueueService.Scope.ALL, null, InquiryStatus.CLOSED, null, false,
                null, QueueCriteria.Order.DUE, false)).contains(last));
        long category = inEntityManager(em -> new JpaCategoryRepository(em).findBySlug("payment-schedule").orElseThrow().getId());
        long otherCategory = inEntityManager(em -> {
            Category payments = new JpaCategoryRepository(em).findBySlug("payments").orElseThrow();
            Category methods = new Category("payment-methods", "Payment Methods", payments, payments.getTeam(), false, 2);
            em.persist(methods);
            em.flush();
            return methods.getId();
        });
        assertTrue(numbers(supervisor, new QueueService.Request(QueueService.Scope.ALL, null, null, category, false, null,
                QueueCriteria.Order.DUE, false)).contains(last), "by category");
        assertFalse(numbers(supervisor, new QueueService.Request(QueueService.Scope.ALL, null, null, otherCategory, false, null,
                QueueCriteria.Order.DUE, false)).contains(last));
        QueueService.Request olderThanADay = new QueueService.Request(QueueService.Scope.ALL, null, null, null, false, 1,
                QueueCriteria.Order.DUE, false);
        assertFalse(numbers(supervisor, olderThanADay).contains(last), "asked just now");
        NOW.set(START.plus(Duration.ofDays(2)));
        try {
            assertTrue(numbers(supervisor, olderThanADay).contains(last), "two days later it is older than a day");
        } finally {
            NOW.set(START);
        }
    }

    private static List<Long> page(Caller.Staff staff, QueueService.Request request, int first, int max) {
        return inTransaction(s -> s.queues().page(staff, request, first, max)).stream().map(QueueService.Row::number).toList();
    }

    @Test
    void anAgentWorksOnlyOnTheirTeamsInquiriesAndATransferMovesTheWall() {
        long number = ask("key-wall", List.of()).number();
        assertTrue(inTransaction(s -> s.staff().inquiry(otherTeamAgent, new InquiryNumber(number))).isEmpty(), "another team's agent cannot read it");
        assertEquals("inquiry.not-found", assertThrows(BusinessException.class, () -> inTransaction(s -> {
            s.staff().note(otherTeamAgent, new InquiryNumber(number), version(number), "Not mine.");
            return null;
        })).messageKey(), "nor act on it, and is not told it exists");
        assertEquals("inquiry.assign.supervisors-only", assertThrows(BusinessException.class, () -> inTransaction(s -> {
            s.staff().assign(agent, new InquiryNumber(number), agent.staffId());
            return null;
        })).messageKey(), "agents claim; only supervisors assign");
        assertEquals("inquiry.assign.not-eligible", assertThrows(BusinessException.class, () -> inTransaction(s -> {
            s.staff().assign(supervisor, new InquiryNumber(number), otherTeamAgent.staffId());
            return null;
        })).messageKey(), "an inquiry goes only to an agent of its team");

        String otherTeam = inTransaction(s -> s.staff().teams().get(1).getCode());
        inTransaction(s -> {
            s.staff().transfer(agent, new InquiryNumber(number), otherTeam);
            return null;
        });
        assertTrue(inTransaction(s -> s.staff().inquiry(agent, new InquiryNumber(number))).isEmpty(), "transferred away: out of the first team's reach");
        assertTrue(inTransaction(s -> s.staff().rights(otherTeamAgent, new InquiryNumber(number))).work(), "the new team works on it");
        inTransaction(s -> {
            s.staff().assign(supervisor, new InquiryNumber(number), otherTeamAgent.staffId());
            return null;
        });
        assertTrue(inTransaction(s -> s.staff().inquiry(otherTeamAgent, new InquiryNumber(number))).orElseThrow().assigneeName().contains("Tess"));
    }

    @Test
    void aReplyWrittenWhileTheMemberWroteIsRefusedSoThatTheAgentReadsItFirst() {
        long number = ask("key-stale", List.of()).number();
        long shown = version(number);
        inTransaction(s -> {
            s.members().reply(pat, new InquiryNumber(number), "reply-key-stale", "Also: the amount looks wrong.", List.of());
            return null;
        });
        assertEquals("inquiry.changed-meanwhile", assertThrows(BusinessException.class, () -> inTransaction(s -> {
            s.staff().reply(agent, new InquiryNumber(number), shown, "It was paid on Friday.", List.of());
            return null;
        })).messageKey());
        inTransaction(s -> {
            s.staff().reply(agent, new InquiryNumber(number), version(number), "It was paid on Friday; the amount includes the bonus.", List.of());
            return null;
        });
        assertEquals(InquiryStatus.AWAITING_MEMBER, inTransaction(s -> s.staff().inquiry(agent, new InquiryNumber(number))).orElseThrow().status());
    }

    /**
     * The dashboards' counts over one week in September, on a team of its own (the other tests' inquiries
     * belong to other teams and to June): three questions, two answered, one closed by the job and reopened,
     * one question answered by a suggested topic.
     */
    @Test
    void theDashboardsCountAWeekOfOneTeam() {
        long team = inEntityManager(em -> {
            var third = new JpaTeamRepository(em).findAll().get(2);
            em.persist(new Category("dashboard-questions", "Dashboard Questions", null, third, false, 9));
            return third.getId();
        });
        Instant monday = Instant.parse("2026-09-14T16:00:00Z"); // 09:00 Pacific
        Instant weekStart = Instant.parse("2026-09-14T07:00:00Z");
        Instant weekEnd = Instant.parse("2026-09-21T07:00:00Z");
        try {
            NOW.set(monday);
            long a = inTransaction(s -> s.members().submit(pat, "key-dash-a", "dashboard-questions", "Tracking", "Links do not track.", List.of())).number();
            long b = inTransaction(s -> s.members().submit(pat, "key-dash-b", "dashboard-questions", "Tracking", "Pixels do not fire.", List.of())).number();
            inTransaction(s -> s.members().submit(pat, "key-dash-c", "dashboard-questions", "Tracking", "Clicks are missing.", List.of()));
            inTransaction(s -> {
                s.members().answeredByTopic(pat, 1, "dashboard-questions", "Tracking");
                s.members().answeredByTopic(pat, 1, null, "Something");
                return null;
            });
            NOW.set(monday.plus(Duration.ofHours(2)));
            inTransaction(s -> {
                s.staff().reply(supervisor, new InquiryNumber(a), version(a), "Fixed the links.", List.of());
                return null;
            });
            NOW.set(monday.plus(Duration.ofDays(2)));
            inTransaction(s -> {
                s.staff().reply(supervisor, new InquiryNumber(b), version(b), "Fixed the pixels.", List.of());
                return null;
            });

            Map<Long, Long> oneToThreeDays = inTransaction(s -> s.dashboards().openByTeam(
                    AgeBand.DAYS_1_TO_3.sentAfter(NOW.get()), AgeBand.DAYS_1_TO_3.sentNotAfter(NOW.get())));
            assertEquals(3L, oneToThreeDays.get(team), "sent two days ago and not closed");
            assertFalse(inTransaction(s -> s.dashboards().openByTeam(AgeBand.UNDER_1_DAY.sentAfter(NOW.get()),
                    AgeBand.UNDER_1_DAY.sentNotAfter(NOW.get()))).containsKey(team));

            NOW.set(monday.plus(Duration.ofHours(2 + 72)));
            runJobs();
            NOW.set(monday.plus(Duration.ofHours(2 + 73)));
            inTransaction(s -> {
                s.members().reopen(pat, new InquiryNumber(a), "Still not tracking.");
                return null;
            });

            assertEquals(3L, inTransaction(s -> s.dashboards().submittedByTeam(weekStart, weekEnd)).get(team));
            assertEquals(List.of(Duration.ofHours(2), Duration.ofHours(22)), inTransaction(s -> s.dashboards().firstResponses(weekStart, weekEnd))
                    .stream().filter(r -> r.teamId() == team).map(r -> LEVELS.calendar().between(r.submittedAt(), r.respondedAt()))
                    .sorted().toList(), "2 business hours on Monday; Monday 09:00 to Wednesday 09:00 is two 11-hour days");
            assertEquals(1L, inTransaction(s -> s.dashboards().autoClosedByTeam(weekStart, weekEnd)).get(team));
            assertEquals(1L, inTransaction(s -> s.dashboards().reopenedByTeam(weekStart, weekEnd)).get(team));
            Map<Long, Long> deflected = inTransaction(s -> s.dashboards().deflectedByTeam(weekStart, weekEnd));
            assertEquals(1L, deflected.get(team));
            assertEquals(1L, deflected.get(null), "no category chosen yet");
            assertTrue(inTransaction(s -> s.dashboards().submittedByTeam(weekEnd, weekEnd.plus(Duration.ofDays(7)))).isEmpty(),
                    "nothing in the week after");
        } finally {
            NOW.set(START);
        }
    }

    @Test
    void membersAreToldTheTeamsOwnAnswerTimesOnceItHasAnsweredTwentyInTheLastThirtyDays() {
        // Monday 09:00 Pacific: each question is answered two business hours after it was sent.
        List<Long> answered = new ArrayList<>();
        try {
            for (int i = 0; i < AnswerTimes.ENOUGH_ANSWERED - 1; i++) {
                answered.add(askAndAnswerTrackingQuestion("answer-times-" + i));
            }
            NOW.set(START.plus(Duration.ofHours(3)));
            UsualWait configured = new UsualWait(2, 4, UsualWait.Unit.WORKING_DAYS, false);
            assertEquals(configured, inTransaction(s -> s.answerTimes().usualWaitIn("tracking-pixels")), "19 answers are too few");
            answered.add(askAndAnswerTrackingQuestion("answer-times-19"));
            NOW.set(START.plus(Duration.ofHours(3)));
            UsualWait measured = new UsualWait(2, 2, UsualWait.Unit.BUSINESS_HOURS, true);
            assertEquals(measured, inTransaction(s -> s.answerTimes().usualWaitIn("tracking-pixels")));
            assertEquals(measured, inTransaction(s -> s.answerTimes().usualWaitOf(
                    s.members().inquiry(pat, new InquiryNumber(answered.get(0))).orElseThrow().teamCode())));
            assertEquals(configured, inTransaction(s -> s.answerTimes().usualWaitIn("payment-schedule")), "another team has its own");

            InquiryViews.Submitted next = inTransaction(s -> s.members().submit(pat, "answer-times-next", "tracking-pixels",
                    "Pixel not firing", "The conversion pixel stopped firing.", List.of()));
            assertEquals(measured, next.usual(), "the confirmation says the measured wait");
            assertEquals("BUSINESS_HOURS|2|2", inEntityManagerText(em -> em.createQuery(
                    "SELECT m FROM OutgoingMail m WHERE m.template = 'inquiry.received' ORDER BY m.id DESC", OutgoingMail.class)
                    .setMaxResults(1).getSingleResult().values(null, false, "").entrySet().stream()
                    .filter(e -> e.getKey().startsWith("usual")).sorted(Map.Entry.comparingByKey(Comparator.reverseOrder()))
                    .map(Map.Entry::getValue).collect(Collectors.joining("|"))), "and so does the email");

            NOW.set(START.plus(Duration.ofDays(31)));
            assertEquals(configured, inTransaction(s -> s.answerTimes().usualWaitIn("tracking-pixels")), "answers older than 30 days do not count");
        } finally {
            NOW.set(START);
        }
    }

    @Test
    void closingsReachAnotherNodesIndexAsChangesAndAReopenedInquiryLeavesIt() {
        String subject = "Blorvik payout returned";
        String question = "My blorvik payout came back from the bank.";
        long first = inTransaction(s -> s.members().submit(pat, "similar-1", "payment-schedule", subject, question, List.of())).number();
        long second = inTransaction(s -> s.members().submit(pat, "similar-2", "payment-schedule", subject, question, List.of())).number();
        long team = inEntityManager(em -> new JpaInquiryRepository(em).findByNumber(first).orElseThrow().getTeam().getId());
        long firstVersion = version(first);
        long secondVersion = version(second);
        inTransaction(s -> {
            s.staff().reply(agent, new InquiryNumber(first), firstVersion, "Check the blorvik account holder.", List.of(),
                    StaffInquiryService.AfterReply.CLOSE);
            s.staff().reply(agent, new InquiryNumber(second), secondVersion, "Which bank?", List.of());
            return null;
        });
        Instant since = NOW.get().minus(Duration.ofDays(90));
        // Other tests' solved inquiries about payouts may match too: only these two are looked at.
        Function<List<Long>, List<Long>> ours = found -> found.stream().filter(n -> n == first || n == second).sorted().toList();
        assertEquals(List.of(first), ours.apply(NODE_A.similar(subject, question, team, -1, since, 50)), "this node's own closing, at once");

        LuceneSimilarInquiryIndex nodeB = new LuceneSimilarInquiryIndex();
        assertEquals(SimilarInquiryIndexer.Refresh.FULL, refresh(nodeB), "a node without an index builds it");
        assertEquals(List.of(first), ours.apply(nodeB.similar(subject, question, team, -1, since, 50)), "answered but open is not solved");
        assertEquals(SimilarInquiryIndexer.Refresh.NONE, refresh(nodeB));

        inTransaction(s -> {
            s.staff().close(agent, new InquiryNumber(second));
            return null;
        });
        assertEquals(SimilarInquiryIndexer.Refresh.CHANGES, refresh(nodeB), "another node's closing, as a change");
        assertEquals(List.of(first, second), ours.apply(nodeB.similar(subject, question, team, -1, since, 50)));

        inTransaction(s -> {
            s.members().reopen(pat, new InquiryNumber(first), "It came back again.");
            return null;
        });
        assertEquals(SimilarInquiryIndexer.Refresh.CHANGES, refresh(nodeB));
        assertEquals(List.of(second), ours.apply(nodeB.similar(subject, question, team, -1, since, 50)), "a reopened inquiry leaves the index");
        assertEquals(List.of(second), ours.apply(NODE_A.similar(subject, question, team, -1, since, 50)));
    }

    private static long askAndAnswerTrackingQuestion(String key) {
        NOW.set(START);
        long number = inTransaction(s -> s.members().submit(pat, key, "tracking-pixels", "Pixel not firing",
                "The conversion pixel stopped firing.", List.of())).number();
        NOW.set(START.plus(Duration.ofHours(2)));
        inTransaction(s -> {
            s.staff().reply(otherTeamAgent, new InquiryNumber(number), version(number), "Fixed on our side.", List.of());
            return null;
        });
        return number;
    }

    private static long version(long number) {
        return inTransaction(s -> s.staff().inquiry(supervisor, new InquiryNumber(number))).orElseThrow().version();
    }

    private static List<Long> numbers(Caller.Staff staff, QueueService.Request request) {
        return inTransaction(s -> s.queues().page(staff, request, 0, 500)).stream().map(QueueService.Row::number).toList();
    }
}
