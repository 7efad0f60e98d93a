/**
 * Storing routines and reading them back. Internal to the routine module.
 *
 * <p>{@link app.unknot.routine.store.RoutineEntity} is a routine as stored (the request as asked,
 * the plan as built), with its {@code StepEntity} and {@code ExclusionEntity} rows; the
 * {@link app.unknot.routine.store.RoutineRepository} finds one by id, and the
 * {@link app.unknot.routine.store.RoutineWriter} saves new ones with group commit. Each technique a
 * step showed is kept once, as JSON ({@code StoredTechnique}), by
 * {@link app.unknot.routine.store.ShownTechniques}; {@code RoutineSnapshotBackfill} fills in the
 * steps saved before that. {@link app.unknot.routine.store.RoutineViewMapper} words a stored routine
 * as the {@link app.unknot.routine.RoutineView} pages and other modules get, screening its answers
 * again against today's catalog.
 */
package app.unknot.routine.store;
