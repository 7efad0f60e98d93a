/**
 * Routines: building one for a person's answers from the safe techniques, saving it, showing it,
 * and a therapist's versions of it, every step screened through {@code plan.ScreenedCandidates}.
 *
 * <p>This package is what other modules use: {@link app.unknot.routine.RoutineService} builds, saves,
 * finds and deletes routines and gives them out as a {@link app.unknot.routine.RoutineView} with its
 * {@link app.unknot.routine.StepView}s and {@link app.unknot.routine.ExclusionView}s (and
 * {@link app.unknot.routine.RoutineJson} on the API), carrying a {@link app.unknot.routine.PlanStatus}
 * and a therapist's {@link app.unknot.routine.Handout} with its {@link app.unknot.routine.Frequency};
 * {@link app.unknot.routine.Adjusting} is what the adjust page offers. The rest is internal, by role:
 * <ul>
 *   <li>{@code plan}: building a plan, plain Java ({@code RoutineBuilder}, {@code RoutineRequest},
 *       {@code RoutinePlan}, {@code Step});
 *   <li>{@code store}: how a routine is stored and read back as a view ({@code *Entity},
 *       {@code RoutineRepository}, {@code RoutineWriter}, {@code ShownTechniques},
 *       {@code RoutineViewMapper});
 *   <li>{@code web}: the builder form, the routine's page, the adjust page and their JSON API.
 * </ul>
 */
@ApplicationModule(allowedDependencies = {"catalog", "catalog::bodymap", "safety", "system"})
package app.unknot.routine;

import org.springframework.modulith.ApplicationModule;
