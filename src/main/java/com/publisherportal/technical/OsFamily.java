package com.publisherportal.technical;

/** The operating system family of a virtual machine image (label: {@code os-family.<NAME>}). */
public enum OsFamily {
    WINDOWS, LINUX;

    public String messageKey() {
        return "os-family." + name();
    }
}
