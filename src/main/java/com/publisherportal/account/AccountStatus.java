package com.publisherportal.account;

public enum AccountStatus {
    ACTIVE,
    SUSPENDED,
    CLOSED
}
