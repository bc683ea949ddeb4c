package io.supportcenter.domain.inquiry;

import io.supportcenter.domain.shared.BusinessException;

/** The rules of SPEC §5.3 for what a member writes: a short subject and a real question. */
public final class QuestionRules {

    public static final int MIN_QUESTION = 10;
    public static final int MAX_SUBJECT_WORDS = Inquiry.MAX_SUBJECT_WORDS;
    public static final int MAX_QUESTION = InquiryMessage.MAX_BODY;

    private QuestionRules() {
    }

    /** Words as a person counts them: runs of non-blank characters. */
    public static int words(String text) {
        String stripped = text == null ? "" : text.strip();
        return stripped.isEmpty() ? 0 : stripped.split("\\s+").length;
    }

    public static void requireSubject(String subject) {
        int words = words(subject);
        if (words == 0) {
            throw new BusinessException("inquiry.subject.required");
        }
        if (words > Inquiry.MAX_SUBJECT_WORDS) {
            throw new BusinessException("inquiry.subject.too-many-words", words);
        }
        if (subject.strip().length() > Inquiry.MAX_SUBJECT) {
            throw new BusinessException("inquiry.subject.too-long");
        }
    }

    public static void requireQuestion(String question) {
        String stripped = question == null ? "" : question.strip();
        if (stripped.isEmpty()) {
            throw new BusinessException("inquiry.question.required");
        }
        if (stripped.length() < MIN_QUESTION) {
            throw new BusinessException("inquiry.question.too-short");
        }
        if (stripped.length() > MAX_QUESTION) {
            throw new BusinessException("inquiry.question.too-long");
        }
    }

    public static void requireReply(String text) {
        if (text == null || text.isBlank()) {
            throw new BusinessException("inquiry.message.required");
        }
        if (text.strip().length() > MAX_QUESTION) {
            throw new BusinessException("inquiry.message.too-long");
        }
    }
}
