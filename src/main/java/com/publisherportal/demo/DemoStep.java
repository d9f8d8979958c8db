package com.publisherportal.demo;

import org.springframework.boot.ApplicationArguments;

/**
 * One part of the demo data, seeded by {@link DemoSeeding} in {@code @Order} on the first start
 * of an empty database. Each step checks for itself whether its data is already there.
 */
interface DemoStep {

    void run(ApplicationArguments args);
}
