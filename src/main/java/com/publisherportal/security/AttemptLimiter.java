package com.publisherportal.security;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Counts attempts per client in fixed windows, in memory: at most {@code max} attempts in a
 * {@code window}, then the client waits until the window ends. Bounded: it remembers at most
 * {@code capacity} clients, forgetting the least recently seen first. Clients are keyed by
 * address, an IPv6 address by its /64 network (one host usually holds a whole /64, so it could
 * otherwise take a fresh address for every attempt). Thread-safe. Kept in memory, so a restart or
 * a second instance starts afresh: a brake on one client, not an account's lockout (that one is
 * in the database, see {@link PortalAuthenticationProvider}).
 */
public final class AttemptLimiter {

    private static final class Window {
        Instant start;
        int count;

        Window(Instant start) {
            this.start = start;
        }
    }

    private final int max;
    private final Duration window;
    private final Map<String, Window> windows;

    public AttemptLimiter(int max, Duration window, int capacity) {
        if (max < 1 || window.isNegative() || window.isZero() || capacity < 1) {
            throw new IllegalArgumentException("The limit, window and capacity must be positive");
        }
        this.max = max;
        this.window = window;
        this.windows = new LinkedHashMap<>(256, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Window> eldest) {
                return size() > capacity;
            }
        };
    }

    public int max() {
        return max;
    }

    public Duration window() {
        return window;
    }

    /** How long the client must still wait, when it has used up its attempts in the current window. */
    public synchronized Optional<Duration> blockedFor(String address, Instant now) {
        Window current = windows.get(key(address));
        if (current == null || expired(current, now) || current.count < max) {
            return Optional.empty();
        }
        return Optional.of(Duration.between(now, current.start.plus(window)));
    }

    /** Counts an attempt of the client; returns the attempts in the current window, this one included. */
    public synchronized int record(String address, Instant now) {
        String key = key(address);
        Window current = windows.get(key);
        if (current == null || expired(current, now)) {
            current = new Window(now);
            windows.put(key, current);
        }
        current.count++;
        return current.count;
    }

    private boolean expired(Window w, Instant now) {
        return !now.isBefore(w.start.plus(window));
    }

    /** The client's key: the address as given, an IPv6 address reduced to its /64 network. */
    static String key(String address) {
        if (address == null || address.indexOf(':') < 0) {
            return String.valueOf(address);
        }
        try {
            byte[] bytes = InetAddress.getByName(address.startsWith("[") ? address.substring(1, address.length() - 1)
                    : address).getAddress();
            if (bytes.length != 16) {
                return address;
            }
            StringBuilder network = new StringBuilder();
            for (int i = 0; i < 8; i += 2) {
                network.append(String.format("%02x%02x:", bytes[i], bytes[i + 1]));
            }
            return network.append(":/64").toString();
        } catch (UnknownHostException | IllegalArgumentException e) {
            return address;
        }
    }
}
