package com.publisherportal.onboarding;

/** How many overdue items a reviewer holds; {@code reviewer} is null for the unclaimed ones. */
public record ReviewerLoad(String reviewer, int overdue) {
}
