package com.publisherportal.shell;

import com.vaadin.flow.server.VaadinContext;
import com.vaadin.flow.server.VaadinServletContext;
import com.vaadin.flow.server.webcomponent.WebComponentConfigurationRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockServletContext;

import java.lang.reflect.Field;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.locks.ReentrantLock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The web component registry's every-request question, asked while another thread holds the registry's lock. */
class UncontendedWebComponentRegistryTest {

    @Test
    void answersWhileTheRegistrysLockIsHeldWhereVaadinsOwnWaits() throws Exception {
        VaadinContext context = new VaadinServletContext(new MockServletContext());
        WebComponentConfigurationRegistry vaadins = WebComponentConfigurationRegistry.getInstance(context);
        UncontendedWebComponentRegistry.install(context);
        WebComponentConfigurationRegistry installed = WebComponentConfigurationRegistry.getInstance(context);
        assertThat(installed).isInstanceOf(UncontendedWebComponentRegistry.class);

        try (LockHolder held = new LockHolder(vaadins)) {
            assertThatThrownBy(() -> CompletableFuture.supplyAsync(vaadins::hasConfigurations).get(300, TimeUnit.MILLISECONDS))
                    .isInstanceOf(TimeoutException.class);
        }
        try (LockHolder held = new LockHolder(installed)) {
            assertThat(CompletableFuture.supplyAsync(installed::hasConfigurations).get(5, TimeUnit.SECONDS)).isFalse();
        }
    }

    @Test
    void isInstalledOnce() {
        VaadinContext context = new VaadinServletContext(new MockServletContext());
        UncontendedWebComponentRegistry.install(context);
        WebComponentConfigurationRegistry first = WebComponentConfigurationRegistry.getInstance(context);
        UncontendedWebComponentRegistry.install(context);
        assertThat(WebComponentConfigurationRegistry.getInstance(context)).isSameAs(first);
    }

    /** Holds a registry's private lock on a thread of its own, as a thread inside the registry would. */
    private static final class LockHolder implements AutoCloseable {
        private final CountDownLatch release = new CountDownLatch(1);
        private final Thread thread;

        LockHolder(WebComponentConfigurationRegistry registry) throws Exception {
            Field field = WebComponentConfigurationRegistry.class.getDeclaredField("configurationLock");
            field.setAccessible(true);
            ReentrantLock lock = (ReentrantLock) field.get(registry);
            CountDownLatch held = new CountDownLatch(1);
            thread = Thread.ofPlatform().start(() -> {
                lock.lock();
                try {
                    held.countDown();
                    release.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } finally {
                    lock.unlock();
                }
            });
            assertThat(held.await(5, TimeUnit.SECONDS)).isTrue();
        }

        @Override
        public void close() throws InterruptedException {
            release.countDown();
            thread.join();
        }
    }
}
