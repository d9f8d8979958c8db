package com.publisherportal.campaigns;

import java.time.LocalDate;

/** A launch checklist item and, once done, who ticked it and on which date. */
public record LaunchTick(LaunchItem item, String checkedBy, LocalDate checkedOn) {

    public boolean done() {
        return checkedOn != null;
    }
}
