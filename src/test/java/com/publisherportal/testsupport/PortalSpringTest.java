package com.publisherportal.testsupport;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A Spring test of the whole portal on a fresh database with the demo data, a controllable
 * clock and the {@link SignIn} helper. Add {@code @ActiveProfiles("test")} for H2 or
 * {@link PostgresTest} for PostgreSQL.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Inherited
@SpringBootTest
@Import({TestClockConfig.class, FlywayCleanConfig.class, SignIn.class})
public @interface PortalSpringTest {
}
