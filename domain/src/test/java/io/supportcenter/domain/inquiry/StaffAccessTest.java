package io.supportcenter.domain.inquiry;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.supportcenter.domain.identity.StaffRole;
import io.supportcenter.domain.staff.StaffUser;
import io.supportcenter.domain.staff.Team;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Who on the staff may read, work on and assign an inquiry of Client Support. */
class StaffAccessTest {

    private final InquiryFixture fixture = new InquiryFixture();

    private StaffUser staff(String role, String team) {
        Set<Team> teams = switch (team) {
            case "own" -> Set.of(fixture.clientSupport);
            case "other" -> Set.of(fixture.technical);
            default -> Set.of();
        };
        return InquiryFixture.withId(new StaffUser(role.toLowerCase() + "@fixture.example", role, "hash",
                List.of(StaffRole.valueOf(role)), teams, InquiryFixture.NOW), 77L);
    }

    @ParameterizedTest(name = "{0} of {1} team: read {2}, work {3}, assign others {4}")
    @CsvSource({
            "AGENT,      own,   true,  true,  false",
            "AGENT,      other, false, false, false",
            "EDITOR,     none,  true,  false, false",
            "SUPERVISOR, none,  true,  true,  true",
            "ADMIN,      none,  true,  true,  true"})
    void rightsByRoleAndTeam(String role, String team, boolean read, boolean work, boolean assign) {
        StaffUser user = staff(role, team);
        Inquiry inquiry = fixture.submitted();
        assertEquals(read, StaffAccess.mayRead(user, inquiry), "read");
        assertEquals(work, StaffAccess.mayWorkOn(user, inquiry), "work");
        assertEquals(assign, StaffAccess.mayAssignOthers(user), "assign");
    }

    @ParameterizedTest(name = "an agent of another team works on an inquiry assigned to them: {0}")
    @CsvSource({"true", "false"})
    void anAssignmentOpensTheInquiryToItsAgent(boolean assigned) {
        StaffUser other = staff("AGENT", "other");
        Inquiry inquiry = fixture.submitted();
        if (assigned) {
            inquiry.assignTo(other, fixture.agentAuthor, InquiryFixture.NOW);
        }
        assertEquals(assigned, StaffAccess.mayWorkOn(other, inquiry));
    }
}
