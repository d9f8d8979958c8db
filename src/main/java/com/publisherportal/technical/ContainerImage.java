package com.publisherportal.technical;

import com.publisherportal.common.ValidationException;
import com.publisherportal.common.ValidationException.Violation;

import java.util.ArrayList;
import java.util.List;

/**
 * A container's (or IoT Edge module's) image: the repository with its registry, e.g.
 * {@code contoso.azurecr.io/vault}, and the tag as Docker allows it. Empty while being prepared.
 */
public record ContainerImage(String repository, String tag) {

    public static final ContainerImage EMPTY = new ContainerImage(null, null);

    public ContainerImage {
        repository = TechnicalRules.clean(repository);
        tag = TechnicalRules.clean(tag);
        List<Violation> violations = new ArrayList<>();
        TechnicalRules.repository("imageRepository", repository, violations);
        TechnicalRules.tag("imageTag", tag, violations);
        if (!violations.isEmpty()) {
            throw new ValidationException(violations);
        }
    }

    List<String> missing() {
        List<String> missing = new ArrayList<>();
        if (repository == null) missing.add("imageRepository");
        if (tag == null) missing.add("imageTag");
        return missing;
    }
}
