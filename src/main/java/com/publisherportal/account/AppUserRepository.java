package com.publisherportal.account;

import org.springframework.data.jdbc.repository.query.Modifying;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

import java.util.Optional;

@org.springframework.modulith.NamedInterface("demo-data")
public interface AppUserRepository extends ListCrudRepository<AppUser, Long> {

    Optional<AppUser> findByEmail(String email);

    boolean existsByEmail(String email);

    /** The one flag read on every navigation, without loading the user. */
    @Query("SELECT must_change_password FROM app_user WHERE id = :id")
    Optional<Boolean> mustChangePassword(long id);

    @Modifying
    @Query("UPDATE app_user SET password_hash = :hash, must_change_password = :mustChange, version = version + 1 WHERE id = :id")
    int updatePassword(long id, String hash, boolean mustChange);

    @Modifying
    @Query("UPDATE app_user SET preferred_language = :language, version = version + 1 WHERE id = :id")
    int updateLanguage(long id, String language);

    @Modifying
    @Query("UPDATE app_user SET enabled = :enabled, version = version + 1 WHERE id = :id")
    int updateEnabled(long id, boolean enabled);

    @Modifying
    @Query("UPDATE app_user SET platform_role = :role, version = version + 1 WHERE id = :id AND version = :version")
    int updatePlatformRole(long id, String role, int version);
}
