/**
 * The audit log: every module records who did what to which entity, in the same transaction as the
 * change. Staff read it all, an account's owners and managers their own account's entries. Depends
 * on security for the current user and access checks. The grid component is a named interface
 * (audit-grid) for the account activity page.
 */
@ApplicationModule(displayName = "Audit log", allowedDependencies = {"common", "security"})
package com.publisherportal.audit;

import org.springframework.modulith.ApplicationModule;
