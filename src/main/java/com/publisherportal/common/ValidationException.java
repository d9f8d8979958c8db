package com.publisherportal.common;

import java.util.List;
import java.util.Map;

/** Input that breaks a rule; each violation names the field it belongs to. */
public class ValidationException extends PortalException {

    /** A broken rule: the field (or "" for the whole form), an I18N key and its arguments. */
    public record Violation(String field, String messageKey, Object... arguments) {
    }

    private final transient List<Violation> violations;

    public ValidationException(List<Violation> violations) {
        super(violations.isEmpty() ? "error.validation" : violations.getFirst().messageKey(),
                violations.isEmpty() ? new Object[0] : violations.getFirst().arguments());
        this.violations = List.copyOf(violations);
    }

    public ValidationException(String field, String messageKey, Object... arguments) {
        this(List.of(new Violation(field, messageKey, arguments)));
    }

    public List<Violation> violations() {
        return violations;
    }

    public Map<String, List<Violation>> byField() {
        return violations.stream().collect(java.util.stream.Collectors.groupingBy(Violation::field));
    }
}
