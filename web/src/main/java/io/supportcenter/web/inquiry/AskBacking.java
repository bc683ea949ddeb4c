package io.supportcenter.web.inquiry;

import io.supportcenter.domain.inquiry.AttachmentPolicy;
import io.supportcenter.domain.inquiry.InquiryService;
import io.supportcenter.domain.inquiry.InquiryViews;
import io.supportcenter.domain.inquiry.QuestionRules;
import io.supportcenter.domain.inquiry.StagedFileInfo;
import io.supportcenter.domain.kb.CategoryNode;
import io.supportcenter.domain.kb.KnowledgeBaseService;
import io.supportcenter.domain.kb.SearchHit;
import io.supportcenter.domain.policy.Policies;
import io.supportcenter.domain.shared.BusinessException;
import io.supportcenter.web.kb.Reader;
import io.supportcenter.web.shell.Redirects;
import io.supportcenter.web.shell.RestoredForm;
import io.supportcenter.web.shell.Texts;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.transaction.TransactionalException;
import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.omnifaces.cdi.ViewScoped;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.DefaultTreeNode;
import org.primefaces.model.TreeNode;

/**
 * Ask a Question ({@code /support/ask}, SPEC §5.3): category tree, subject, question, attachments;
 * Continue shows topics that may already answer it; Finish saves it once, whatever the number of
 * clicks (the form's submission key). What was typed stays on the page through every refusal.
 */
@Named
@ViewScoped
public class AskBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int SUGGESTIONS = 5;
    /** Hidden fields of the form, for a form rebuilt after its view had gone ({@link RestoredForm}). */
    private static final String STEP = "form-step";
    private static final String SUGGESTING = "suggestions";
    private static final String CATEGORY_POSTED = "form-category";
    private static final Map<String, String> FIELDS = Map.ofEntries(
            Map.entry("inquiry.category.required", "ask:category"),
            Map.entry("inquiry.category.leaf-required", "ask:category"),
            Map.entry("inquiry.subject.required", "ask:subject"),
            Map.entry("inquiry.subject.too-many-words", "ask:subject"),
            Map.entry("inquiry.subject.too-long", "ask:subject"),
            Map.entry("inquiry.question.required", "ask:question"),
            Map.entry("inquiry.question.too-short", "ask:question"),
            Map.entry("inquiry.question.too-long", "ask:question"),
            Map.entry("inquiry.attachment.too-many", "ask:files"));
    private static final String CATEGORY = "ask:category";
    private static final String SUBJECT = "ask:subject";
    private static final String QUESTION = "ask:question";
    /** The fields as the page shows them, top to bottom: the first of them in error takes the focus. */
    private static final List<String> FIELD_ORDER = List.of(CATEGORY, SUBJECT, QUESTION, "ask:files");

    @Inject
    Promises promises;

    @Inject
    InquiryService inquiries;

    @Inject
    KnowledgeBaseService knowledgeBase;

    @Inject
    Policies policies;

    @Inject
    Reader reader;

    @Inject
    Uploads uploads;

    /** Identifies this form's submission, so that Finish twice saves one inquiry (a rebuilt form keeps the one it posts). */
    private String submissionKey = UUID.randomUUID().toString();
    // The tree and its chosen node live for one request, built from the node's cached category tree:
    // a view kept in the session holds only the chosen slug (and PrimeFaces' tree nodes are not
    // declared Serializable, so a view moved to another node of the cluster could not carry them).
    private static final String TREE = AskBacking.class.getName() + ".tree";
    private static final String SELECTED = AskBacking.class.getName() + ".selected";
    private String selectedSlug;
    private String subject;
    private String question;
    private final PendingFiles files = new PendingFiles("ask:files");
    private List<SearchHit> suggestions;
    /** The fields refused on the last Continue or Finish: checked again as they change, so a fixed message goes. */
    private final Set<String> refused = new HashSet<>();

    /**
     * A form posted from a page whose view had gone is rebuilt with a new bean: it takes back its submission key,
     * its staged files and, when the suggestions were showing, the suggestions for what it posts (so that Finish,
     * Edit and "This answered my question" are there to be pressed). Fields are applied as on any post.
     */
    @PostConstruct
    void restore() {
        RestoredForm.postedId(RestoredForm.KEY).ifPresent(key -> submissionKey = key);
        files.restore(RestoredForm.postedIds(RestoredForm.STAGED), uploads, owner());
        if (RestoredForm.posted(STEP).filter(SUGGESTING::equals).isPresent()) {
            subject = RestoredForm.posted("ask:subject").orElse(null);
            question = RestoredForm.posted("ask:question").orElse(null);
            // The category chosen when Continue was pressed: the suggestions' page posts it (it shows no tree to post a
            // selection), else the draft's, since Continue keeps it. The draft is gone once the question was sent, and a
            // second Finish from the same page must still find its category to be answered with the first's inquiry.
            selectedSlug = RestoredForm.posted(CATEGORY_POSTED).filter(slug -> !slug.isBlank())
                    .or(() -> inquiries.draft(reader.member()).map(draft -> draft.categorySlug())).orElse(null);
            suggestions = knowledgeBase.suggestions(subject, question, selectedSlug, reader.accountType(), SUGGESTIONS);
        }
    }

    public String getSubmissionKey() {
        return submissionKey;
    }

    /** What the form's hidden step field says: the suggestions are showing, or the form alone. */
    public String getStep() {
        return isSuggesting() ? SUGGESTING : "form";
    }

    /** The chosen category's slug, for the suggestions' page to post (RestoredForm). */
    public String getSelectedSlug() {
        return selectedSlug;
    }

    public String getStagedIds() {
        return files.getIds();
    }

    @SuppressWarnings("unchecked")
    public TreeNode<CategoryNode> getTree() {
        return (TreeNode<CategoryNode>) perRequest().computeIfAbsent(TREE, key -> {
            TreeNode<CategoryNode> root = new DefaultTreeNode<>(new CategoryNode("", "", false, List.of()), null);
            knowledgeBase.tree().forEach(node -> add(node, root));
            return root;
        });
    }

    private static Map<Object, Object> perRequest() {
        return FacesContext.getCurrentInstance().getAttributes();
    }

    private static void add(CategoryNode node, TreeNode<CategoryNode> parent) {
        TreeNode<CategoryNode> child = new DefaultTreeNode<>(node.children().isEmpty() ? "leaf" : "branch", node, parent);
        node.children().forEach(grandChild -> add(grandChild, child));
    }

    /** View action: brings back what the member typed last time and did not send (an expired session, a lost tab). */
    public void restoreDraft() {
        inquiries.draft(reader.member()).ifPresent(draft -> {
            subject = draft.subject();
            question = draft.question();
            selectedSlug = draft.categorySlug();
            perRequest().remove(SELECTED);
            getSelected();
            Texts.info("ask.draft-restored");
        });
    }

    private static TreeNode<CategoryNode> find(TreeNode<CategoryNode> node, String slug) {
        if (slug == null) {
            return null;
        }
        for (TreeNode<CategoryNode> child : node.getChildren()) {
            if (slug.equals(child.getData().slug())) {
                return child;
            }
            TreeNode<CategoryNode> below = find(child, slug);
            if (below != null) {
                return below;
            }
        }
        return null;
    }

    /** Ajax on every change: keeps the draft in the database. */
    public void keepDraft() {
        inquiries.keepDraft(reader.member(), categorySlug(), subject, question);
    }

    /** The category changed: kept as a draft, and checked again if it was refused. */
    public void categoryChanged() {
        keepDraft();
        if (refused.remove(CATEGORY)) {
            checkCategory();
        }
    }

    public void subjectChanged() {
        keepDraft();
        if (refused.remove(SUBJECT)) {
            check(() -> QuestionRules.requireSubject(subject));
        }
    }

    public void questionChanged() {
        keepDraft();
        if (refused.remove(QUESTION)) {
            check(() -> QuestionRules.requireQuestion(question));
        }
    }

    /** The client id of the first field in error on this response, for the page to move the focus there; else empty. */
    public String getFirstFieldInError() {
        Iterator<String> withMessages = FacesContext.getCurrentInstance().getClientIdsWithMessages();
        List<String> inError = new ArrayList<>();
        withMessages.forEachRemaining(inError::add);
        return FIELD_ORDER.stream().filter(inError::contains).findFirst().orElse("");
    }

    /** Continue: checks everything, then shows the topics that may already answer the question. */
    public void proceed() {
        keepDraft();
        if (!valid()) {
            return;
        }
        suggestions = knowledgeBase.suggestions(subject, question, categorySlug(), reader.accountType(), SUGGESTIONS);
    }

    /** Back from the suggestions to the form, everything as it was. */
    public void edit() {
        suggestions = null;
    }

    /** A suggested topic answered the question: nothing is sent, and that counts as a deflection. */
    public void answeredBy(long topicId) throws IOException {
        inquiries.answeredByTopic(reader.member(), topicId, categorySlug(), subject);
        Texts.info("ask.deflected");
        Texts.keepForRedirect();
        redirect("/support/home");
    }

    /** Finish Submitting Question: saves once, then shows the inquiry with its number, team and due date. */
    public void finish() throws IOException {
        if (!valid()) {
            suggestions = null;
            return;
        }
        InquiryViews.Submitted submitted;
        try {
            submitted = inquiries.submit(reader.member(), submissionKey, categorySlug(), subject, question, files.toSend(uploads, owner()));
        } catch (BusinessException e) {
            suggestions = null;
            refuse(FIELDS.get(e.messageKey()), e.messageKey(), e.arguments().toArray());
            return;
        } catch (TransactionalException e) {
            // A second click raced the first to the database; the first one's inquiry is the answer.
            Optional<InquiryViews.Submitted> first = inquiries.submittedWith(reader.member(), submissionKey);
            if (first.isEmpty()) {
                throw e;
            }
            submitted = first.get();
        }
        files.sent(uploads, owner());
        Texts.info("ask.submitted", submitted.number(), submitted.teamName(), promises.by(submitted.usual(), submitted.due()));
        Texts.keepForRedirect();
        redirect("/support/history/" + submitted.number());
    }

    private boolean valid() {
        refused.clear();
        boolean valid = checkCategory();
        valid &= check(() -> QuestionRules.requireSubject(subject));
        valid &= check(() -> QuestionRules.requireQuestion(question));
        return valid;
    }

    private boolean checkCategory() {
        TreeNode<CategoryNode> chosen = getSelected();
        if (chosen == null) {
            refuse(CATEGORY, "inquiry.category.required");
            return false;
        }
        if (!chosen.isLeaf()) {
            refuse(CATEGORY, "inquiry.category.leaf-required", chosen.getData().name());
            return false;
        }
        return true;
    }

    private boolean check(Runnable rule) {
        try {
            rule.run();
            return true;
        } catch (BusinessException e) {
            refuse(FIELDS.get(e.messageKey()), e.messageKey(), e.arguments().toArray());
            return false;
        }
    }

    private void refuse(String field, String key, Object... arguments) {
        refused.add(field);
        Texts.error(field, key, arguments);
    }

    /** Each file is checked as it arrives; a refused one is named with the reason, the others stay. */
    public void upload(FileUploadEvent event) {
        files.add(event.getFile(), policies.now().attachments(), uploads, owner());
    }

    public void removeFile(int index) {
        files.remove(index, uploads, owner());
    }

    private String owner() {
        return Uploads.member(reader.member().userId());
    }

    private String categorySlug() {
        return getSelected() == null ? null : selectedSlug;
    }

    private static void redirect(String path) throws IOException {
        Redirects.to(path);
    }

    public int getSubjectWords() {
        return QuestionRules.words(subject);
    }

    public int getMaxSubjectWords() {
        return QuestionRules.MAX_SUBJECT_WORDS;
    }

    /** More words than a subject may have: the counter shows it at once (SPEC's short subject). */
    public boolean isSubjectTooLong() {
        return getSubjectWords() > getMaxSubjectWords();
    }

    public String getMaxSize() {
        return InquiryPages.size(policies.now().attachments().maxBytes());
    }

    public int getMaxFiles() {
        return policies.now().attachments().maxFiles();
    }

    public String getAllowedTypes() {
        return String.join(", ", AttachmentPolicy.allowedExtensions());
    }

    public String size(StagedFileInfo file) {
        return InquiryPages.size(file.size());
    }

    public List<StagedFileInfo> getFiles() {
        return files.list();
    }

    public List<SearchHit> getSuggestions() {
        return suggestions;
    }

    public boolean isSuggesting() {
        return suggestions != null;
    }

    /** The chosen category's node, found again in a rebuilt tree (shown selected, its branch open). */
    @SuppressWarnings("unchecked")
    public TreeNode<CategoryNode> getSelected() {
        Map<Object, Object> perRequest = perRequest();
        if (!perRequest.containsKey(SELECTED)) {
            TreeNode<CategoryNode> selected = find(getTree(), selectedSlug);
            if (selected != null) {
                selected.setSelected(true);
                for (TreeNode<CategoryNode> node = selected.getParent(); node != null; node = node.getParent()) {
                    node.setExpanded(true);
                }
            }
            perRequest.put(SELECTED, selected);
        }
        return (TreeNode<CategoryNode>) perRequest.get(SELECTED);
    }

    public void setSelected(TreeNode<CategoryNode> selected) {
        perRequest().put(SELECTED, selected);
        this.selectedSlug = selected == null ? null : selected.getData().slug();
    }

    public String getSelectedName() {
        TreeNode<CategoryNode> selected = getSelected();
        return selected == null ? null : selected.getData().name();
    }

    public String getSubject() {
        return subject;
    }

    public void setSubject(String subject) {
        this.subject = subject;
    }

    public String getQuestion() {
        return question;
    }

    public void setQuestion(String question) {
        this.question = question;
    }
}
