/**
 * The shared kernel: errors, paging, SQL helpers, e-mail addresses, CSV/XLSX export, formatting,
 * small UI helpers and the dashboard's extension point. Depends on no feature module; every module
 * may use all of it (an open module).
 */
@ApplicationModule(displayName = "Common", type = ApplicationModule.Type.OPEN)
package com.publisherportal.common;

import org.springframework.modulith.ApplicationModule;
