/**
 * Building a plan: plain Java over the catalog and the safety screen, no Spring, so the hundreds of
 * table-driven tests need no application context. Internal to the routine module.
 *
 * <p>{@link app.unknot.routine.plan.RoutineBuilder} turns a {@link app.unknot.routine.plan.RoutineRequest}
 * into a {@link app.unknot.routine.plan.RoutinePlan} of {@link app.unknot.routine.plan.Step}s and
 * exclusions: it screens the candidates once ({@code ScreenedCandidates}), picks the steps ({@code StepSelection})
 * and times them ({@code TimeBudget}, {@code StepTime}, a {@code StepDraft} while a step is timed).
 * A therapist's steps ({@code ChosenStep}) are checked and planned by {@code AdjustmentRules}; what a
 * request or an adjustment cannot accept is a {@code RequestProblem}, which the web layer words.
 */
package app.unknot.routine.plan;
