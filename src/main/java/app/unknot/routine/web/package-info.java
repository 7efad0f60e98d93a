/**
 * The routine's pages and JSON API, each action's page and API side by side. Internal to the
 * routine module: it goes through {@link app.unknot.routine.RoutineService} like any other module.
 *
 * <ul>
 *   <li>build one: the form ({@code GET /routines/new}, {@code POST /routines}) in
 *       {@link app.unknot.routine.web.RoutineController} and {@code POST /api/routines} in
 *       {@link app.unknot.routine.web.RoutineApiController}, both binding a
 *       {@link app.unknot.routine.web.RoutineForm} that {@code RoutineFormValidator} checks against
 *       the catalog; {@code ?from=} asks a routine's answers again, {@code ?startFrom=} starts
 *       someone else's from its steps;
 *   <li>read one: {@code GET /routines/{id}} and {@code GET /api/routines/{id}}, in the same two;
 *   <li>a therapist's version: the adjust page ({@code /routines/{id}/adjust},
 *       {@code POST /routines/{id}/versions}) in {@link app.unknot.routine.web.AdjustController} and
 *       {@code POST /api/routines/{id}/versions} in {@code RoutineApiController}, both binding an
 *       {@link app.unknot.routine.web.AdjustmentForm}.
 * </ul>
 *
 * <p>{@code RoutineForm.Limits} and {@code AdjustmentForm.Limits} give the forms the limits to show;
 * {@code DeletedRoutinePages} stops a deleted routine's cached pages being served. Deleting a routine, making it again and "your
 * routines" ({@code GET /routines}, though it shares the form's address) are in the progress
 * module: each needs the sessions logged against a routine, which only that module knows.
 */
package app.unknot.routine.web;
