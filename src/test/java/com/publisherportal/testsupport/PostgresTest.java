package com.publisherportal.testsupport;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.test.context.ActiveProfiles;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.sql.DriverManager;

/**
 * Runs a test class against PostgreSQL when one is reachable. With
 * {@code PORTAL_REQUIRE_POSTGRES=true} (as in CI) an unreachable server fails the run instead
 * of skipping it.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Inherited
@ActiveProfiles({"test", "test-postgres"})
@ExtendWith(PostgresTest.Reachable.class)
public @interface PostgresTest {

    class Reachable implements ExecutionCondition {
        private static Boolean reachable;

        @Override
        public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
            if (reachable == null) {
                reachable = probe();
            }
            if (reachable) {
                return ConditionEvaluationResult.enabled("PostgreSQL is reachable");
            }
            if ("true".equalsIgnoreCase(System.getenv("PORTAL_REQUIRE_POSTGRES"))) {
                throw new IllegalStateException("PORTAL_REQUIRE_POSTGRES=true but PostgreSQL is not reachable at " + url());
            }
            return ConditionEvaluationResult.disabled("PostgreSQL is not reachable at " + url());
        }

        private static boolean probe() {
            DriverManager.setLoginTimeout(3);
            try (var ignored = DriverManager.getConnection(url(), env("PORTAL_TEST_POSTGRES_USER", "postgres"),
                    env("PORTAL_TEST_POSTGRES_PASSWORD", ""))) {
                return true;
            } catch (Exception e) {
                return false;
            }
        }

        private static String url() {
            return env("PORTAL_TEST_POSTGRES_URL", "jdbc:postgresql://127.0.0.1:5432/portal_test");
        }

        private static String env(String name, String fallback) {
            String value = System.getenv(name);
            return value == null || value.isBlank() ? fallback : value;
        }
    }
}
