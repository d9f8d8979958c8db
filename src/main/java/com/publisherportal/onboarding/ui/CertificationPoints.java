package com.publisherportal.onboarding.ui;

import com.publisherportal.onboarding.CertificationChecklist;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The reviewer's certification points, each passed or failed with a comment. A failed point's
 * comment goes into the report the publisher receives, so the publisher reads what to fix under
 * the point it belongs to.
 */
class CertificationPoints extends Div {

    private static final String[] KEYS = {"certification.global-review", "certification.platform-compatible",
            "certification.image-security", "certification.malware-free", "certification.billing-model"};
    private static final String[] IDS = {"cert-global", "cert-platform", "cert-image", "cert-malware", "cert-billing"};

    private final Component context;
    private final List<RadioButtonGroup<Boolean>> verdicts = new ArrayList<>();
    private final List<TextField> comments = new ArrayList<>();

    CertificationPoints(Component context) {
        this.context = context;
        setId("cert-points");
        addClassName("portal-cert-points");
        add(new H3(context.getTranslation("certification.points")));
        for (int i = 0; i < KEYS.length; i++) {
            RadioButtonGroup<Boolean> verdict = new RadioButtonGroup<>(context.getTranslation(KEYS[i]));
            verdict.setItems(true, false);
            verdict.setItemLabelGenerator(passed -> context.getTranslation(passed ? "certification.pass" : "certification.fail"));
            verdict.setId(IDS[i]);
            TextField comment = new TextField();
            comment.setPlaceholder(context.getTranslation("certification.comment"));
            comment.setAriaLabel(context.getTranslation("certification.comment") + " · " + context.getTranslation(KEYS[i]));
            comment.setId(IDS[i] + "-comment");
            comment.setWidthFull();
            comment.setMaxLength(500);
            verdicts.add(verdict);
            comments.add(comment);
            Div point = new Div(verdict, comment);
            point.addClassName("portal-cert-point");
            add(point);
        }
    }

    /**
     * Whether every point is marked and every failed one says what to fix; marks the fields that
     * do not, so nothing half-decided is recorded.
     */
    boolean complete() {
        boolean complete = true;
        for (int i = 0; i < KEYS.length; i++) {
            boolean unmarked = verdicts.get(i).getValue() == null;
            verdicts.get(i).setInvalid(unmarked);
            verdicts.get(i).setErrorMessage(unmarked ? context.getTranslation("certification.mark-point") : null);
            boolean unexplained = !unmarked && !passed(i) && comments.get(i).getValue().isBlank();
            comments.get(i).setInvalid(unexplained);
            comments.get(i).setErrorMessage(unexplained ? context.getTranslation("certification.comment-required") : null);
            complete &= !unmarked && !unexplained;
        }
        return complete;
    }

    /** The points as recorded: a point nobody marked passed counts as failed. */
    CertificationChecklist checklist() {
        return new CertificationChecklist(passed(0), passed(1), passed(2), passed(3), passed(4));
    }

    /**
     * What the publisher reads: the reviewer's summary, then each failed point with its comment,
     * in the reviewer's words; empty when every point passed and there is no summary.
     */
    String report(String summary) {
        String failures = java.util.stream.IntStream.range(0, KEYS.length).filter(i -> !passed(i))
                .mapToObj(i -> "• " + context.getTranslation(KEYS[i])
                        + (comments.get(i).getValue().isBlank() ? "" : ": " + comments.get(i).getValue().trim()))
                .collect(Collectors.joining("\n"));
        String text = summary == null ? "" : summary.trim();
        return failures.isEmpty() ? text : (text.isEmpty() ? failures : text + "\n\n" + failures);
    }

    private boolean passed(int point) {
        return Boolean.TRUE.equals(verdicts.get(point).getValue());
    }
}
