/**
 * Who the caller is and what they may do: the signed-in user (CurrentUser, PortalUser), account
 * and platform roles, tenant checks (AccountAccess), API keys and their authentication filter,
 * password policy, the sign-in page and the Spring Security configuration. Depends only on common;
 * records its audit entries through AuditEvent, so it does not depend on the audit module.
 */
@ApplicationModule(displayName = "Security", allowedDependencies = {"common"})
package com.publisherportal.security;

import org.springframework.modulith.ApplicationModule;
