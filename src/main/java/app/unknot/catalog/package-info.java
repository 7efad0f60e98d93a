/**
 * The catalog: techniques, body areas, tools, conditions with their restrictions, and red flags.
 *
 * <p>This package is what other modules use: {@link app.unknot.catalog.Catalog}, one immutable
 * snapshot of plain records ({@code Technique}, {@code BodyArea}, {@code Tool}, {@code Condition},
 * {@code Restriction}, {@code RedFlag}, {@code Instruction}) and their enums, each known by its slug
 * ({@link app.unknot.catalog.Slugged}), and {@link app.unknot.catalog.TechniqueFilter}, the filter it
 * lists techniques by. What rules a technique out is answered by the safety module through
 * {@link app.unknot.catalog.TechniqueSafety}.
 *
 * <p>Inside the module: {@code content} loads the content files into the tables (a Flyway
 * migration), {@code store} reads the tables into the snapshot once at start-up, {@code search}
 * holds the words search understands, {@code web} serves the catalog pages and JSON API. Two inner
 * packages are named interfaces other modules may use: {@code picture} draws each technique's
 * picture (the sheet's PDF draws them too) and {@code bodymap} the body map the pages show.
 */
@ApplicationModule(allowedDependencies = "system")
package app.unknot.catalog;

import org.springframework.modulith.ApplicationModule;
