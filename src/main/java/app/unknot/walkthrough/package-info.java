/** A saved routine one step per page with a timer, for following it on the floor. */
@ApplicationModule(allowedDependencies = {"routine", "safety", "catalog", "catalog::bodymap", "system"})
package app.unknot.walkthrough;

import org.springframework.modulith.ApplicationModule;
