package io.supportcenter.domain.inquiry;

import io.supportcenter.domain.account.User;
import io.supportcenter.domain.staff.StaffUser;

/** How users and staff appear as authors in an inquiry's record. */
final class InquiryParticipants {

    private InquiryParticipants() {
    }

    static Author author(User user) {
        return Author.member(user.getId(), user.getName());
    }

    static Author author(StaffUser staff) {
        return Author.staff(staff.getId(), staff.getName());
    }
}
