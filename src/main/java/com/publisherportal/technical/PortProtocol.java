package com.publisherportal.technical;

/** The transport of an open port. */
public enum PortProtocol {
    TCP, UDP
}
