package com.publisherportal.demo;

import com.publisherportal.common.ClusterLocks;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.List;

/**
 * Seeds the demo data ({@link DemoStep}s, in order) before the portal reports itself ready. With
 * several nodes starting on one empty database, one seeds while the others wait for its lock and
 * then find the data there, instead of inserting it twice.
 *
 * <p>The switch ({@code portal.demo-data.enabled}) is read when the portal starts, not when its
 * beans are chosen: the production build fixes the bean set ahead of time (Spring AOT), so a
 * condition on a property would keep the value the build saw.
 */
@Component
@Order(5)
class DemoSeeding implements ApplicationRunner {

    private final ClusterLocks cluster;
    private final List<DemoStep> steps;
    private final boolean enabled;

    DemoSeeding(ClusterLocks cluster, List<DemoStep> steps,
                @Value("${portal.demo-data.enabled:false}") boolean enabled) {
        this.cluster = cluster;
        this.steps = steps;
        this.enabled = enabled;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!enabled) {
            return;
        }
        cluster.whileLocked("demo-data", Duration.ofMinutes(10), Duration.ofMinutes(10),
                () -> steps.forEach(step -> step.run(args)));
    }
}
