/**
 * How it went: sessions logged at the end of a walkthrough (pain before and after, what hurt, a
 * note), the progress page with its chart, a routine made again without what hurt, the routines of
 * this device, a calendar reminder, and the person's data to take away or delete. No accounts: a
 * session belongs to its routine, and the device list lives in a cookie of routine ids.
 *
 * <p>Each action's page and JSON API live here side by side:
 * <ul>
 *   <li>log a session: {@code SessionController} (the finish page) and {@code SessionApiController};
 *   <li>make a routine again without what hurt: {@code AgainController} and {@code AgainApiController};
 *   <li>delete a routine with its sessions: {@code DeleteController} and {@code DeleteApiController},
 *       here rather than beside the routine's other pages because the page counts the sessions that
 *       go with it and takes the routine off this device's list;
 *   <li>"your routines", {@code GET /routines}: {@code DeviceRoutinesController}, here rather than
 *       beside {@code POST /routines} (the builder form, in the routine module) because it is another
 *       action on the same address: it lists this device's routines with how each one's last session
 *       went, which only this module knows, and the routine module may not depend on this one.
 * </ul>
 */
@ApplicationModule(allowedDependencies = {"routine", "safety", "catalog", "system"})
package app.unknot.progress;

import org.springframework.modulith.ApplicationModule;
