package io.supportcenter.domain.inquiry;

import io.supportcenter.domain.identity.Caller;
import io.supportcenter.domain.identity.StaffRole;
import io.supportcenter.domain.kb.SearchQuery;
import io.supportcenter.domain.kb.SearchResults;
import io.supportcenter.domain.kb.TopicSearchIndex;
import io.supportcenter.domain.kb.Visibility;
import io.supportcenter.domain.shared.BusinessException;
import io.supportcenter.domain.staff.StaffUserRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Questions members asked again and again (SPEC §7, beside the searches without results): the solved inquiries of the
 * last 30 days in groups of the same question per category ({@link SimilarInquiryIndex#repeated}), each with how
 * often it was asked, the subject most of them gave, the answer staff sent most often, and the published topic that
 * already covers it (one matching every word of that subject), if any. Found anew weekly (the job) or when an editor
 * asks; the latest report is kept for every node to show.
 */
@ApplicationScoped
public class RepeatedQuestions {

    static final Duration PERIOD = Duration.ofDays(30);
    static final Duration WEEK = Duration.ofDays(7);
    /** Asked this often at least, a question is a repeated one. */
    public static final int MIN_ASKED = 3;
    /** Of a large group, these are read to find its commonest subject and answer. */
    private static final int READ = 50;

    private SimilarInquiryIndex index;
    private InquiryRepository inquiries;
    private RepeatedQuestionRepository report;
    private TopicSearchIndex topics;
    private StaffUserRepository staff;
    private Clock clock;

    protected RepeatedQuestions() {
        // for CDI proxies
    }

    @Inject
    public RepeatedQuestions(SimilarInquiryIndex index, InquiryRepository inquiries, RepeatedQuestionRepository report,
                             TopicSearchIndex topics, StaffUserRepository staff, Clock clock) {
        this.index = index;
        this.inquiries = inquiries;
        this.report = report;
        this.topics = topics;
        this.staff = staff;
        this.clock = clock;
    }

    /** The latest report, most asked first (editors, supervisors, admins). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<RepeatedQuestion> latest(Caller.Staff caller) {
        requireEditor(caller);
        return report.findAll();
    }

    /** One question of the latest report, for a topic drafted from it. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<RepeatedQuestion> question(Caller.Staff caller, long id) {
        requireEditor(caller);
        return report.findById(id);
    }

    /** Finds the repeated questions now, on an editor's demand; returns how many. */
    @Transactional
    public int findNow(Caller.Staff caller) {
        requireEditor(caller);
        return find();
    }

    /** The weekly run: finds them again when the latest report is a week old (or there is none); returns how many, else -1. */
    @Transactional
    public int findWhenAWeekOld() {
        Instant latest = report.findAll().stream().map(RepeatedQuestion::getFoundAt).max(Instant::compareTo).orElse(null);
        if (latest != null && latest.plus(WEEK).isAfter(clock.instant())) {
            return -1;
        }
        return find();
    }

    private int find() {
        Instant now = clock.instant();
        List<RepeatedQuestion> found = new ArrayList<>();
        for (List<Long> group : index.repeated(now.minus(PERIOD), MIN_ASKED)) {
            List<Inquiry> read = inquiries.findByNumbers(group.stream().limit(READ).toList()).stream().filter(Inquiry::isSolved).toList();
            if (read.isEmpty()) {
                continue; // reopened meanwhile, and the index not told yet
            }
            Inquiry example = read.get(0);
            String title = commonest(read, inquiry -> inquiry.getSubject().strip());
            String answer = commonest(read, inquiry -> inquiry.solvingReply().orElse("").strip());
            SearchResults covering = topics.search(new SearchQuery(title, null, EnumSet.allOf(Visibility.class), 0, 1));
            String topicSlug = covering.hits().isEmpty() ? null : covering.hits().get(0).slug();
            String topicTitle = covering.hits().isEmpty() ? null : covering.hits().get(0).title();
            found.add(new RepeatedQuestion(now, example.getCategory(), group.size(), title, answer,
                    read.stream().map(Inquiry::getId).toList(), topicSlug, topicTitle));
        }
        report.replaceAll(found);
        return found.size();
    }

    /** What most of them say (ignoring case), the first said on a tie: the example's when no two agree. */
    private static String commonest(List<Inquiry> read, Function<Inquiry, String> text) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        Map<String, String> firstSaid = new LinkedHashMap<>();
        for (Inquiry inquiry : read) {
            String said = text.apply(inquiry);
            String key = said.toLowerCase(Locale.ROOT);
            counts.merge(key, 1, Integer::sum);
            firstSaid.putIfAbsent(key, said);
        }
        String best = null;
        for (Map.Entry<String, Integer> count : counts.entrySet()) {
            if (best == null || count.getValue() > counts.get(best)) {
                best = count.getKey();
            }
        }
        return firstSaid.get(best);
    }

    private void requireEditor(Caller.Staff caller) {
        if (!StaffRole.editsKnowledgeBase(staff.requireEnabled(caller).getRoles())) {
            throw new BusinessException("kb.editors-only");
        }
    }
}
