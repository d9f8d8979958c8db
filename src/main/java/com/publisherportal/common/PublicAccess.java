package com.publisherportal.common;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a public method of an application service that deliberately does not check its caller:
 * information the storefront shows anyone, lead intake authorised by its token, sign-up, sign-in
 * throttling, scheduled jobs, and the like. Every other public service method checks its caller
 * (through {@code AccountAccess}, {@code CurrentUser.require()} or method security);
 * {@code ServiceGuardTest} fails on one that does neither. Say why in {@link #value()}.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface PublicAccess {

    /** Why the method needs no caller check (who calls it, and what authorises them instead). */
    String value();
}
