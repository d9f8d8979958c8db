package com.publisherportal.onboarding.ui;

import com.publisherportal.common.ui.Badge;
import com.publisherportal.common.ui.Formats;
import com.publisherportal.common.ui.TitledView;
import com.publisherportal.onboarding.OnboardingPlan;
import com.publisherportal.onboarding.OnboardingPlanService;
import com.publisherportal.security.CurrentUser;
import com.publisherportal.security.Roles;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

import java.util.stream.Collectors;

/**
 * The planning guide: the path from nomination to live as a timeline (CSS only: a column of
 * stages, registration and the offer's build side by side where there is room), the documented
 * durations, and where the account stands now.
 */
@Route("onboarding/plan")
@RolesAllowed(Roles.PUBLISHER)
public class PlanView extends VerticalLayout implements TitledView {

    public PlanView(CurrentUser currentUser, OnboardingPlanService plans) {
        addClassName("portal-page");
        OnboardingPlan plan = plans.plan(currentUser.require().accountId());
        add(new Paragraph(getTranslation("plan.intro", OnboardingPlanService.FIRST_ONBOARDING_WEEKS,
                OnboardingPlanService.LAUNCH_PLANNING_WEEKS)));
        Paragraph here = new Paragraph(plan.current().isEmpty() ? getTranslation("plan.here.live")
                : getTranslation("plan.here", plan.current().stream().map(s -> getTranslation("plan.stage." + s.name()))
                .collect(Collectors.joining(getTranslation("plan.and")))));
        here.setId("plan-here");
        add(here);

        OrderedList timeline = new OrderedList();
        timeline.addClassName("portal-plan");
        timeline.setId("plan-timeline");
        ListItem row = null;
        for (OnboardingPlan.Step step : plan.steps()) {
            if (step.stage().parallelWithPrevious() && row != null) {
                row.addClassName("portal-plan-parallel");
                row.add(stage(step));
                continue;
            }
            row = new ListItem(stage(step));
            row.addClassName("portal-plan-row");
            timeline.add(row);
        }
        add(timeline);
        Paragraph parallel = new Paragraph(getTranslation("plan.parallel-note"));
        parallel.addClassName("portal-card-detail");
        add(parallel, new Anchor("onboarding", getTranslation("plan.back")));
    }

    private Div stage(OnboardingPlan.Step step) {
        String name = step.stage().name();
        Div card = new Div();
        card.addClassNames("portal-plan-stage", "portal-plan-" + step.state().name().toLowerCase(java.util.Locale.ROOT));
        card.setId("plan-stage-" + name);
        card.getElement().setAttribute("data-state", step.state().name());
        H3 title = new H3(getTranslation("plan.stage." + name));
        Span duration = new Span(getTranslation("plan.duration." + name, OnboardingPlanService.NOMINATION_BUSINESS_DAYS,
                OnboardingPlanService.REGISTRATION_WEEKS, OnboardingPlanService.CERTIFICATION_BUSINESS_DAYS));
        duration.addClassName("portal-plan-duration");
        Span state = Badge.of(getTranslation("plan.state." + step.state().name()), switch (step.state()) {
            case DONE -> Badge.Tone.GOOD;
            case CURRENT -> Badge.Tone.INFO;
            case UPCOMING -> Badge.Tone.NEUTRAL;
        });
        card.add(title, state, duration, new Paragraph(getTranslation("plan.what." + name)));
        if (step.dueAt() != null) {
            Span due = new Span(getTranslation("plan.due", Formats.weekdayDate(step.dueAt())));
            due.addClassName("portal-step-next");
            card.add(due);
        }
        if (step.state() == OnboardingPlan.State.CURRENT) {
            String link = switch (step.stage()) {
                case NOMINATION -> "onboarding/nomination";
                case REGISTRATION -> "onboarding/registration";
                case OFFER_BUILD, SUBMISSION, CERTIFICATION, PREVIEW, LIVE -> "offers";
            };
            card.add(new Anchor(link, getTranslation("plan.open." + name)));
        }
        return card;
    }

    @Override
    public String titleKey() {
        return "plan.title";
    }
}
