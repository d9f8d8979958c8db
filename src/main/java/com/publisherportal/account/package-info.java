/**
 * Publisher accounts, users and memberships with roles, self-service sign-up, one-time passwords
 * and profile (language), the staff directory, the account activity page, and the user's language
 * and forced password change at UI start. Depends on security, audit, and notification (a sign-up
 * with an existing e-mail address tells its user in the portal).
 */
@ApplicationModule(displayName = "Accounts", allowedDependencies = {"common", "security", "audit", "audit :: audit-grid",
        "notification"})
package com.publisherportal.account;

import org.springframework.modulith.ApplicationModule;
