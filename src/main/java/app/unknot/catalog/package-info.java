/**
 * The catalog: techniques, body areas, tools, conditions with their restrictions, and red flags.
 *
 * <p>{@link app.unknot.catalog.Catalog} is one immutable snapshot of plain records, loaded once at
 * start-up from the Flyway-filled tables by the {@code store} subpackage. The catalog pages and JSON API read it; so do the
 * safety rules and the routine builder. What rules a technique out is answered by the safety
 * module through {@link app.unknot.catalog.TechniqueSafety}.
 *
 * <p>It also draws what the catalog shows: each technique's picture (the {@code picture}
 * subpackage, a named interface the sheet uses), the body map
 * ({@link app.unknot.catalog.BodyMap}), and the words search understands ({@code SearchWords}).
 */
@ApplicationModule(allowedDependencies = "system")
package app.unknot.catalog;

import org.springframework.modulith.ApplicationModule;
