package io.supportcenter.domain.inquiry;

import static io.supportcenter.domain.inquiry.InquiryFixture.NOW;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.supportcenter.domain.shared.BusinessException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

class InquiryLifecycleTest {

    private static final Duration AUTO_CLOSE = Duration.ofHours(72);
    private static final Duration REMINDER = Duration.ofHours(24);

    private final InquiryFixture f = new InquiryFixture();

    private static void refused(String key, Executable action) {
        BusinessException e = assertThrows(BusinessException.class, action);
        assertEquals(key, e.messageKey());
    }

    private static List<String> path(Inquiry inquiry) {
        return inquiry.getHistory().stream().map(change -> change.getFrom() + "->" + change.getTo()).toList();
    }

    @Test
    void aSubmittedInquiryIsNewRoutedToTheCategorysTeamWithTheQuestionAsFirstMessage() {
        Inquiry inquiry = f.submitted();
        assertEquals(InquiryStatus.NEW, inquiry.getStatus());
        assertEquals(f.clientSupport, inquiry.getTeam());
        assertEquals(f.account, inquiry.getAccount());
        assertEquals(1, inquiry.getMessages().size());
        assertEquals(MessageKind.MEMBER, inquiry.getMessages().get(0).getKind());
        assertEquals(List.of("null->NEW"), path(inquiry));
    }

    @Test
    void theWholeHappyPathIsRecordedWithWhoAndWhen() {
        Inquiry inquiry = f.submitted();
        inquiry.assignTo(f.agent, f.agentAuthor, NOW.plusSeconds(60));
        assertEquals(InquiryStatus.OPEN, inquiry.getStatus());
        inquiry.replyByStaff(f.agentAuthor, "It was sent on Friday.", NOW.plusSeconds(120));
        assertEquals(InquiryStatus.AWAITING_MEMBER, inquiry.getStatus());
        assertEquals(NOW.plusSeconds(120), inquiry.getFirstRespondedAt().orElseThrow());
        inquiry.replyByMember(f.memberAuthor, "Still nothing here.", NOW.plusSeconds(180));
        assertEquals(InquiryStatus.OPEN, inquiry.getStatus());
        inquiry.closeByStaff(f.agentAuthor, NOW.plusSeconds(240));
        assertEquals(InquiryStatus.CLOSED, inquiry.getStatus());
        assertEquals(CloseReason.BY_STAFF, inquiry.getCloseReason().orElseThrow());
        inquiry.reopen(f.memberAuthor, "It never arrived after all.", NOW.plusSeconds(300));
        assertEquals(InquiryStatus.OPEN, inquiry.getStatus());
        assertEquals(f.clientSupport, inquiry.getTeam(), "a reopened inquiry stays in its team");
        assertTrue(inquiry.getMessages().get(inquiry.getMessages().size() - 1).isReopening());
        assertEquals(List.of("null->NEW", "NEW->OPEN", "OPEN->AWAITING_MEMBER", "AWAITING_MEMBER->OPEN", "OPEN->CLOSED",
                "CLOSED->OPEN"), path(inquiry));
        assertEquals("staff:30", inquiry.getHistory().get(1).getActor());
        assertEquals(NOW.plusSeconds(300), inquiry.getHistory().get(5).getAt());
    }

    @Test
    void staffMayAnswerANewInquiryDirectlyAndTheMemberMayAddToItBeforehand() {
        Inquiry inquiry = f.submitted();
        inquiry.replyByMember(f.memberAuthor, "One more detail.", NOW.plusSeconds(10));
        assertEquals(InquiryStatus.NEW, inquiry.getStatus(), "adding to a new inquiry leaves it new");
        inquiry.replyByStaff(f.agentAuthor, "Answer.", NOW.plusSeconds(20));
        assertEquals(InquiryStatus.AWAITING_MEMBER, inquiry.getStatus());
        inquiry.replyByStaff(f.agentAuthor, "And another.", NOW.plusSeconds(30));
        assertEquals(NOW.plusSeconds(30), inquiry.getAwaitingSince().orElseThrow(), "a second reply restarts the wait");
    }

    @Test
    void internalNotesChangeNothingAndMembersNeverSeeThem() {
        Inquiry inquiry = f.submitted();
        inquiry.addInternalNote(f.agentAuthor, "Check the payment run.", NOW);
        assertEquals(InquiryStatus.NEW, inquiry.getStatus());
        assertEquals(2, inquiry.getMessages().size());
        assertEquals(1, inquiry.getMemberVisibleMessages().size());
        refused("inquiry.staff-only", () -> inquiry.addInternalNote(f.memberAuthor, "sneaky", NOW));
        refused("inquiry.staff-only", () -> inquiry.replyByStaff(f.memberAuthor, "sneaky", NOW));
        refused("inquiry.staff-only", () -> inquiry.closeByStaff(f.memberAuthor, NOW));
    }

    @Test
    void aTransferGoesUnassignedToTheOtherTeamsQueue() {
        Inquiry inquiry = f.submitted();
        inquiry.assignTo(f.agent, f.agentAuthor, NOW);
        inquiry.transferTo(f.technical, f.agentAuthor, NOW);
        assertEquals(f.technical, inquiry.getTeam());
        assertTrue(inquiry.getAssignee().isEmpty());
        assertEquals(InquiryStatus.NEW, inquiry.getStatus());
        refused("inquiry.transfer.same-team", () -> inquiry.transferTo(f.technical, f.agentAuthor, NOW));
    }

    @Test
    void closedInquiriesRefuseEverythingButReopenAndNotes() {
        Inquiry inquiry = f.submitted();
        inquiry.closeByMember(f.memberAuthor, NOW);
        assertEquals(CloseReason.BY_MEMBER, inquiry.getCloseReason().orElseThrow());
        refused("inquiry.closed.reopen-instead", () -> inquiry.replyByMember(f.memberAuthor, "hello?", NOW));
        refused("inquiry.already-closed", () -> inquiry.replyByStaff(f.agentAuthor, "hi", NOW));
        refused("inquiry.already-closed", () -> inquiry.closeByMember(f.memberAuthor, NOW));
        refused("inquiry.already-closed", () -> inquiry.closeByStaff(f.agentAuthor, NOW));
        refused("inquiry.already-closed", () -> inquiry.assignTo(f.agent, f.agentAuthor, NOW));
        refused("inquiry.already-closed", () -> inquiry.transferTo(f.technical, f.agentAuthor, NOW));
        inquiry.addInternalNote(f.agentAuthor, "for the record", NOW);
        refused("inquiry.message.required", () -> inquiry.reopen(f.memberAuthor, "  ", NOW));
    }

    @Test
    void onlyAClosedInquiryCanBeReopened() {
        Inquiry inquiry = f.submitted();
        refused("inquiry.reopen.not-closed", () -> inquiry.reopen(f.memberAuthor, "again", NOW));
        inquiry.replyByStaff(f.agentAuthor, "Answer.", NOW);
        refused("inquiry.reopen.not-closed", () -> inquiry.reopen(f.memberAuthor, "again", NOW));
    }

    @Test
    void autoCloseComesAfterSeventyTwoHoursOfSilenceAndTheReminderADayBefore() {
        Inquiry inquiry = f.submitted();
        Instant replied = NOW.plus(Duration.ofHours(1));
        assertFalse(inquiry.isDueForAutoClose(AUTO_CLOSE, replied.plus(Duration.ofDays(10))), "not while it is not the member's turn");
        refused("inquiry.auto-close.not-due", () -> inquiry.closeAutomatically(AUTO_CLOSE, NOW));
        inquiry.replyByStaff(f.agentAuthor, "Answer.", replied);

        assertFalse(inquiry.isDueForReminder(AUTO_CLOSE, REMINDER, replied.plus(Duration.ofHours(47))));
        assertTrue(inquiry.isDueForReminder(AUTO_CLOSE, REMINDER, replied.plus(Duration.ofHours(48))));
        inquiry.remindedAt(replied.plus(Duration.ofHours(48)));
        assertFalse(inquiry.isDueForReminder(AUTO_CLOSE, REMINDER, replied.plus(Duration.ofHours(50))), "one reminder");

        assertEquals(replied.plus(AUTO_CLOSE), inquiry.autoClosesAt(AUTO_CLOSE).orElseThrow());
        assertFalse(inquiry.isDueForAutoClose(AUTO_CLOSE, replied.plus(AUTO_CLOSE).minusSeconds(1)));
        refused("inquiry.auto-close.not-due", () -> inquiry.closeAutomatically(AUTO_CLOSE, replied.plus(Duration.ofHours(71))));
        inquiry.closeAutomatically(AUTO_CLOSE, replied.plus(AUTO_CLOSE));
        assertEquals(CloseReason.AUTOMATIC, inquiry.getCloseReason().orElseThrow());
        assertEquals("system", inquiry.getHistory().get(inquiry.getHistory().size() - 1).getActor());
    }

    @Test
    void aMemberReplyStopsTheAutoCloseClock() {
        Inquiry inquiry = f.submitted();
        inquiry.replyByStaff(f.agentAuthor, "Answer.", NOW);
        inquiry.replyByMember(f.memberAuthor, "Thanks, one more thing.", NOW.plus(Duration.ofHours(70)));
        assertFalse(inquiry.isDueForAutoClose(AUTO_CLOSE, NOW.plus(Duration.ofDays(30))));
        assertTrue(inquiry.autoClosesAt(AUTO_CLOSE).isEmpty());
    }

    @Test
    void subjectAndQuestionFollowTheRules() {
        refused("inquiry.subject.too-many-words", () -> Inquiry.submit("k", f.member, f.payments, "one two three four five six",
                "A question long enough.", NOW, NOW));
        refused("inquiry.subject.required", () -> Inquiry.submit("k", f.member, f.payments, "  ", "A question long enough.", NOW, NOW));
        refused("inquiry.subject.too-long", () -> Inquiry.submit("k", f.member, f.payments, "x".repeat(81), "A question long enough.", NOW, NOW));
        refused("inquiry.question.required", () -> Inquiry.submit("k", f.member, f.payments, "Payment", "", NOW, NOW));
        refused("inquiry.question.too-short", () -> Inquiry.submit("k", f.member, f.payments, "Payment", "Help me", NOW, NOW));
        refused("inquiry.question.too-long", () -> Inquiry.submit("k", f.member, f.payments, "Payment", "x".repeat(10_001), NOW, NOW));
        assertEquals(5, QuestionRules.words("  Where is   my May payment "));
    }

    @Test
    void theFirstResponseIsOverdueOnlyWhileUnansweredAndOpenPastItsDueTime() {
        Instant due = NOW.plusSeconds(72 * 3600);
        Inquiry waiting = f.submitted();
        assertFalse(waiting.isFirstResponseOverdue(due));
        assertTrue(waiting.isFirstResponseOverdue(due.plusSeconds(1)));

        Inquiry answered = f.submitted();
        answered.replyByStaff(f.agentAuthor, "Answer.", due.plusSeconds(60));
        assertFalse(answered.isFirstResponseOverdue(due.plusSeconds(120)), "answered late, but answered");

        Inquiry closed = f.submitted();
        closed.closeByMember(f.memberAuthor, NOW.plusSeconds(60));
        assertFalse(closed.isFirstResponseOverdue(due.plusSeconds(120)), "closed before anyone answered");
    }
}
