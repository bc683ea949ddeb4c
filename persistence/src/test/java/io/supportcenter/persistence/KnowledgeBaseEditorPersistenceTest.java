package io.supportcenter.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.supportcenter.domain.identity.Caller;
import io.supportcenter.domain.identity.StaffRole;
import io.supportcenter.domain.kb.KnowledgeBaseEdited;
import io.supportcenter.domain.kb.KnowledgeBaseEditor;
import io.supportcenter.domain.kb.TopicDraft;
import io.supportcenter.domain.kb.TopicStatus;
import io.supportcenter.domain.kb.Visibility;
import io.supportcenter.domain.shared.BusinessException;
import io.supportcenter.domain.staff.StaffUser;
import io.supportcenter.domain.staff.Team;
import io.supportcenter.domain.support.Callers;
import io.supportcenter.domain.support.KeptEvents;
import io.supportcenter.persistence.kb.JpaCategoryRepository;
import io.supportcenter.persistence.kb.JpaKnowledgeBaseChanges;
import io.supportcenter.persistence.kb.JpaTopicRepository;
import io.supportcenter.persistence.staff.JpaStaffUserRepository;
import io.supportcenter.persistence.staff.JpaTeamRepository;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The knowledge-base editor decides itself who may use it: an agent, or an editor whose role was taken away since
 * they signed in, is refused whatever the session claims; an editor's change goes through.
 */
class KnowledgeBaseEditorPersistenceTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-01T12:00:00Z"), ZoneOffset.UTC);
    private static TestDatabase db;
    private static Caller.Staff agent;
    private static Caller.Staff editor;

    @BeforeAll
    static void staff() {
        db = TestDatabase.create().migrate();
        agent = Callers.staff(person("agent@kb.example", StaffRole.AGENT), StaffRole.AGENT);
        editor = Callers.staff(person("editor@kb.example", StaffRole.EDITOR), StaffRole.EDITOR);
    }

    private static long person(String email, StaffRole role) {
        return db.inTransaction(em -> {
            Team team = new JpaTeamRepository(em).findAll().get(0);
            StaffUser user = new StaffUser(email, email, "hash", List.of(role), List.of(team), CLOCK.instant());
            em.persist(user);
            em.flush();
            return user.getId();
        });
    }

    @AfterAll
    static void drop() {
        db.close();
    }

    private static <T> T inTransaction(Function<KnowledgeBaseEditor, T> work) {
        return db.inTransaction((EntityManager em) -> work.apply(new KnowledgeBaseEditor(new JpaCategoryRepository(em),
                new JpaTopicRepository(em), new JpaTeamRepository(em), new JpaStaffUserRepository(em),
                new JpaKnowledgeBaseChanges(em), markdown -> "<p>" + markdown + "</p>", new KeptEvents<KnowledgeBaseEdited>(), CLOCK)));
    }

    @Test
    void anAgentIsRefusedWhateverTheSessionClaims() {
        Caller.Staff claimingEditor = new Caller.Staff(agent.staffId(), Set.of(StaffRole.EDITOR), agent.clientAddress());
        for (Caller.Staff caller : List.of(agent, claimingEditor)) {
            assertEquals("kb.editors-only", assertThrows(BusinessException.class,
                    () -> inTransaction(kb -> kb.createCategory(caller, "Billing", null, Team.CLIENT_SUPPORT, false))).messageKey());
            assertEquals("kb.editors-only", assertThrows(BusinessException.class,
                    () -> inTransaction(kb -> kb.topics(caller, ""))).messageKey(), "drafts are not for agents either");
        }
    }

    @Test
    void anEditorWritesAndPublishesATopic() {
        long category = inTransaction(kb -> kb.createCategory(editor, "Tracking", null, Team.CLIENT_SUPPORT, false));
        long topic = inTransaction(kb -> kb.save(editor, new TopicDraft(null, 0, "", "Tracking pixels", "Place the pixel.",
                category, Visibility.PUBLIC, List.of(), TopicStatus.DRAFT, false, false), TopicStatus.PUBLISHED));
        assertTrue(inTransaction(kb -> kb.topic(editor, topic)).isPresent());
        assertEquals("kb.editors-only", assertThrows(BusinessException.class,
                () -> inTransaction(kb -> {
                    kb.setStatus(agent, topic, TopicStatus.DRAFT);
                    return null;
                })).messageKey());
        assertEquals(TopicStatus.PUBLISHED, inTransaction(kb -> kb.topic(editor, topic)).orElseThrow().status());
    }
}
