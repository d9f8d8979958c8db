package com.publisherportal.architecture.cyclic;

import org.springframework.modulith.Modulithic;

/** A two-module application whose modules depend on each other: the module check must refuse it. */
@Modulithic
public class CyclicApplication {
}
