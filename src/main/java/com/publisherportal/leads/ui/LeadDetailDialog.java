package com.publisherportal.leads.ui;

import com.publisherportal.account.Countries;
import com.publisherportal.account.Member;
import com.publisherportal.common.ConflictException;
import com.publisherportal.common.PortalException;
import com.publisherportal.common.ui.FormErrors;
import com.publisherportal.common.ui.Formats;
import com.publisherportal.common.ui.Notify;
import com.publisherportal.common.ui.PortalButton;
import com.publisherportal.leads.FollowUp;
import com.publisherportal.leads.Lead;
import com.publisherportal.leads.LeadDetail;
import com.publisherportal.leads.LeadNote;
import com.publisherportal.leads.LeadScoring;
import com.publisherportal.leads.LeadService;
import com.publisherportal.leads.LeadStatus;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * One lead: contact and origin, the score with the reason for each part, the suggested next step
 * for its action, status moves, assignment and notes. Every change carries the version the user
 * saw; if someone else changed the lead meanwhile, nothing is overwritten and the dialog reloads.
 */
class LeadDetailDialog extends Dialog {

    private final LeadService leads;
    private final long accountId;
    private final long leadId;
    private final Consumer<Lead> onChange;
    private final VerticalLayout content = new VerticalLayout();
    private Lead lead;

    /** {@code onChange} receives the lead as reloaded after each change (or failed change). */
    LeadDetailDialog(LeadService leads, long accountId, long leadId, Consumer<Lead> onChange) {
        this.leads = leads;
        this.accountId = accountId;
        this.leadId = leadId;
        this.onChange = onChange;
        setId("lead-detail");
        setWidth("min(56rem, 95vw)");
        content.setPadding(false);
        add(content);
        getFooter().add(new PortalButton(getTranslation("common.close"), e -> close()));
        reload();
    }

    private void reload() {
        LeadDetail detail = leads.detail(accountId, leadId);
        lead = detail.lead();
        content.removeAll();
        setHeaderTitle(lead.name().isEmpty() ? getTranslation("lead.detail.title", lead.id()) : lead.name());
        content.add(badges(), facts(), score(detail.score()), nextStep(), statusActions(), assignment(detail.assignees()),
                notes(detail.notes()));
    }

    private Component badges() {
        HorizontalLayout badges = new HorizontalLayout();
        badges.setWrap(true);
        badges.add(badge(getTranslation("lead.status." + lead.status().name()), "contrast"));
        if (lead.followUp() != FollowUp.NONE) {
            badges.add(badge(getTranslation("lead.follow-up." + lead.followUp().name()) + " · "
                    + Formats.dateTime(lead.followUpDueAt()), lead.followUp() == FollowUp.OVERDUE ? "error" : ""));
        }
        if (lead.doNotContact()) {
            badges.add(badge(getTranslation("lead.badge.dnc"), "error"));
        }
        if (lead.testLead()) {
            badges.add(badge(getTranslation("lead.badge.test"), ""));
        }
        if (lead.personalDataRemoved()) {
            badges.add(badge(getTranslation("lead.badge.edu"), ""));
        }
        return badges;
    }

    private static Span badge(String text, String theme) {
        Span badge = new Span(text);
        badge.getElement().getThemeList().add("badge " + theme);
        return badge;
    }

    private Component facts() {
        Div facts = new Div();
        facts.addClassName("lead-facts");
        fact(facts, "lead.col.email", lead.email());
        fact(facts, "lead.col.phone", lead.phone());
        fact(facts, "lead.col.company", lead.company());
        fact(facts, "lead.col.jobTitle", lead.jobTitle());
        fact(facts, "lead.col.country", Countries.name(lead.country(), getLocale()));
        fact(facts, "lead.col.offer", lead.offerLabel());
        fact(facts, "lead.col.action", getTranslation("lead.action." + lead.action().name())
                + (lead.actionCode() == null ? "" : " (" + lead.actionCode() + ")"));
        fact(facts, "lead.col.source", lead.leadSource());
        fact(facts, "lead.col.receivedAt", Formats.dateTime(lead.receivedAt()));
        fact(facts, "lead.col.repeatCount", lead.repeatCount() == 0 ? null
                : getTranslation("lead.detail.repeats", lead.repeatCount(), Formats.dateTime(lead.lastReceivedAt())));
        fact(facts, "lead.col.description", lead.description());
        fact(facts, "lead.col.campaign", lead.campaign());
        return facts;
    }

    private void fact(Div facts, String labelKey, String value) {
        if (value == null || value.isBlank()) {
            return;
        }
        Span label = new Span(getTranslation(labelKey));
        label.addClassName("lead-fact-label");
        facts.add(label, new Span(value));
    }

    private Component score(LeadScoring.Score score) {
        VerticalLayout box = new VerticalLayout();
        box.setPadding(false);
        box.setSpacing(false);
        Span total = new Span(getTranslation("lead.detail.score", score.total()));
        total.setId("lead-score");
        total.addClassName("lead-score");
        box.add(total);
        for (LeadScoring.Part part : score.parts()) {
            Object[] args = part.args().length > 0 && part.args()[0] instanceof String key && key.startsWith("lead.")
                    ? new Object[]{getTranslation(key)} : part.args();
            Span line = new Span(getTranslation("lead.score.points", part.points(), part.max())
                    + " — " + getTranslation(part.key(), args));
            line.addClassName("lead-score-part");
            box.add(line);
        }
        return box;
    }

    private Component nextStep() {
        Paragraph next = new Paragraph(getTranslation("lead.detail.next-step") + " "
                + getTranslation(LeadScoring.nextStepKey(lead.action(), lead.status())));
        next.setId("lead-next-step");
        next.addClassName("lead-next-step");
        return next;
    }

    private Component statusActions() {
        HorizontalLayout actions = new HorizontalLayout();
        for (LeadStatus target : lead.status().next(lead.doNotContact())) {
            Button move = new PortalButton(getTranslation("lead.move." + target.name()), e -> change(() ->
                    leads.changeStatus(accountId, leadId, target, lead.version())));
            move.setId("lead-status-" + target.name());
            if (target != LeadStatus.LOST) {
                move.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            }
            actions.add(move);
        }
        return actions;
    }

    private Component assignment(List<Member> assignees) {
        ComboBox<Member> assignee = new ComboBox<>(getTranslation("lead.col.assignedTo"));
        assignee.setId("lead-assignee");
        assignee.setItems(assignees);
        assignee.setItemLabelGenerator(Member::displayName);
        assignee.setClearButtonVisible(true);
        assignee.getListDataView().getItems().filter(m -> lead.assignedTo() != null && m.userId() == lead.assignedTo())
                .findFirst().ifPresent(assignee::setValue);
        assignee.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                change(() -> leads.assign(accountId, leadId, e.getValue() == null ? null : e.getValue().userId(),
                        lead.version()));
            }
        });
        return assignee;
    }

    private Component notes(List<LeadNote> notes) {
        VerticalLayout box = new VerticalLayout();
        box.setPadding(false);
        box.add(new H3(getTranslation("lead.notes")));
        TextArea text = new TextArea();
        text.setId("lead-note");
        text.setWidthFull();
        text.setMaxLength(LeadNote.MAX_LENGTH);
        text.setPlaceholder(getTranslation("lead.note.placeholder"));
        Button add = new PortalButton(getTranslation("lead.note.add"), e -> {
            try {
                leads.addNote(accountId, leadId, text.getValue());
                reload();
                onChange.accept(lead);
            } catch (PortalException ex) {
                FormErrors.show(this, ex, Map.of("note", text));
            }
        });
        add.setId("lead-add-note");
        box.add(text, add);
        for (LeadNote note : notes) {
            Div line = new Div(new Span(Formats.dateTime(note.createdAt()) + " · " + note.authorName()),
                    new Paragraph(note.body()));
            line.addClassName("lead-note");
            box.add(line);
        }
        return box;
    }

    private void change(Runnable action) {
        try {
            action.run();
        } catch (ConflictException e) {
            Notify.error(getTranslation(e.messageKey()));
        } catch (PortalException e) {
            Notify.error(getTranslation(e.messageKey(), e.arguments()));
        }
        reload();
        onChange.accept(lead);
    }
}
