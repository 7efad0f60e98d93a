/** A saved routine one step per page with a timer, for following it on the floor, and the page that closes it. */
@ApplicationModule(allowedDependencies = {"routine", "catalog", "system"})
package app.unknot.walkthrough;

import org.springframework.modulith.ApplicationModule;
