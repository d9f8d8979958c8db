package com.publisherportal.security;

import org.springframework.data.jdbc.repository.query.Modifying;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The API keys; public only for the demo data ({@code demo-data}), every other use goes through {@link ApiKeyService}. */
@org.springframework.modulith.NamedInterface("demo-data")
public interface ApiKeyRepository extends ListCrudRepository<ApiKey, Long> {

    Optional<ApiKey> findByKeyId(String keyId);

    List<ApiKey> findByAccountIdOrderByCreatedAtDesc(long accountId);

    /** Touches the last-used time at most once a minute, so busy keys do not write on every call. */
    @Modifying
    @Query("UPDATE api_key SET last_used_at = :now WHERE id = :id AND (last_used_at IS NULL OR last_used_at < :threshold)")
    int touch(long id, Instant now, Instant threshold);
}
