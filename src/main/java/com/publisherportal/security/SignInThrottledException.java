package com.publisherportal.security;

import org.springframework.security.authentication.BadCredentialsException;

/**
 * A sign-in refused without looking at the account, because its client address has failed too
 * often lately. Says nothing about any account, so the sign-in page may tell it apart.
 */
public class SignInThrottledException extends BadCredentialsException {

    public SignInThrottledException() {
        super("Too many failed sign-ins from this address");
    }
}
