package com.publisherportal.security;

import com.publisherportal.common.SharedLimits;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Counts attempts per client in fixed windows: at most {@code max} attempts in a {@code window},
 * then the client waits until the window ends. The counts are rows in the database
 * ({@link SharedLimits.AttemptWindow}), so every node of the portal counts into the same window
 * and a restart forgets nothing; idle rows are deleted by a scheduled job. Clients are keyed by
 * address, an IPv6 address by its /64 network (one host usually holds a whole /64, so it could
 * otherwise take a fresh address for every attempt). A brake on one client, not an account's
 * lockout (that one is on the user's row, see {@link PortalAuthenticationProvider}).
 */
public final class AttemptLimiter {

    private final SharedLimits.AttemptWindow windows;

    public AttemptLimiter(SharedLimits.AttemptWindow windows) {
        this.windows = windows;
    }

    public int max() {
        return windows.max();
    }

    public Duration window() {
        return windows.window();
    }

    /** How long the client must still wait, when it has used up its attempts in the current window. */
    public Optional<Duration> blockedFor(String address, Instant now) {
        return windows.blockedFor(key(address), now);
    }

    /** Counts an attempt of the client; returns the attempts in the current window, this one included. */
    public int record(String address, Instant now) {
        return windows.record(key(address), now);
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
