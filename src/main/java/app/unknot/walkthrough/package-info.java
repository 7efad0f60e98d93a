/**
 * A saved routine one step per page with a timer, for following it on the floor, and the list of what a
 * browser keeps of a routine to play it offline ({@code KeptRoutineController}).
 */
@ApplicationModule(allowedDependencies = {"routine", "safety", "catalog", "catalog::bodymap", "system"})
package app.unknot.walkthrough;

import org.springframework.modulith.ApplicationModule;
