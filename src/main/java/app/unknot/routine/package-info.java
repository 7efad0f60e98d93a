/**
 * Routines: the builder form and JSON API, the builder that picks and times steps for a request
 * from the safe techniques, saved routines with their pages, and a therapist's versions of them
 * (the adjust page and {@code /versions} API), every step screened through {@code Screened}.
 *
 * <p>The domain values are {@link app.unknot.routine.plan.RoutineRequest} and the plan the builder makes
 * of {@code Step}s and {@code Exclusion}s; {@code *Entity} is how a routine is stored, and
 * {@link app.unknot.routine.RoutineView} with {@link app.unknot.routine.StepView} and
 * {@link app.unknot.routine.ExclusionView} how it is shown ({@code RoutineJson} on the API).
 * Other modules get views from {@link app.unknot.routine.RoutineService#view}.
 */
@ApplicationModule(allowedDependencies = {"catalog", "safety", "system"})
package app.unknot.routine;

import org.springframework.modulith.ApplicationModule;
