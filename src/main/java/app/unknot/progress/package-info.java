/**
 * How it went: sessions logged at the end of a walkthrough (pain before and after, what hurt, a
 * note), the progress page with its chart, a routine made again without what hurt, the routines of
 * this device, a calendar reminder, and the person's data to take away or delete. No accounts: a
 * session belongs to its routine, and the device list lives in a cookie of routine ids.
 */
@ApplicationModule(allowedDependencies = {"routine", "safety", "catalog", "system"})
package app.unknot.progress;

import org.springframework.modulith.ApplicationModule;
