/**
 * The routine's pages and JSON API. Internal to the routine module: it goes through
 * {@link app.unknot.routine.RoutineService} like any other module.
 *
 * <ul>
 *   <li>build one: the form, {@code GET /routines/new} and {@code POST /routines}
 *       ({@link app.unknot.routine.web.RoutineController}), and {@code POST /api/routines}
 *       ({@link app.unknot.routine.web.RoutineApiController}), both binding a
 *       {@link app.unknot.routine.web.RoutineForm} checked by {@code RoutineFormValidator};
 *   <li>read one: {@code GET /routines/{id}} and {@code GET /api/routines/{id}};
 *   <li>a therapist's version: the adjust page, {@code /routines/{id}/adjust} and
 *       {@code POST /routines/{id}/versions} ({@link app.unknot.routine.web.AdjustController}), and
 *       {@code POST /api/routines/{id}/versions}, both binding an {@link app.unknot.routine.web.AdjustmentForm};
 *   <li>{@code DELETE /api/routines/{id}}, whose page is in the progress module.
 * </ul>
 *
 * <p>{@code FormLimits} gives the form its limits to show; {@code DeletedRoutinePages} keeps a
 * deleted routine's cached pages from being served. "Your routines" ({@code GET /routines}) is not
 * here though it shares the form's address: it lists each routine with its last session, which only
 * the progress module knows.
 */
package app.unknot.routine.web;
