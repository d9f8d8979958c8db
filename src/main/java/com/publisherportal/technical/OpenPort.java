package com.publisherportal.technical;

import com.publisherportal.common.ValidationException;

/** A port the virtual machine opens: number, protocol and what it is for (e.g. 443 TCP "HTTPS"). */
public record OpenPort(int port, PortProtocol protocol, String name) {

    public OpenPort {
        name = TechnicalRules.clean(name);
        if (port < 1 || port > 65535) {
            throw new ValidationException("openPorts", "technical.port-invalid", port);
        }
        if (protocol == null) {
            throw new ValidationException("openPorts", "technical.required");
        }
        if (name == null || name.length() > 50 || name.contains(";") || name.contains("|")) {
            throw new ValidationException("openPorts", "technical.port-name-invalid", port);
        }
    }

    /** As stored: {@code 443|TCP|HTTPS}. */
    String encoded() {
        return port + "|" + protocol.name() + "|" + name;
    }

    static OpenPort decode(String text) {
        String[] parts = text.split("\\|", 3);
        return new OpenPort(Integer.parseInt(parts[0]), PortProtocol.valueOf(parts[1]), parts[2]);
    }
}
