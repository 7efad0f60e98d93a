/**
 * The catalog: techniques, body areas, tools, conditions with their restrictions, and red flags.
 *
 * <p>This package is what other modules use: {@link app.unknot.catalog.Catalog}, one immutable
 * snapshot of plain records ({@code Technique}, {@code BodyArea}, {@code Tool}, {@code Condition},
 * {@code Restriction}, {@code RedFlag}, {@code Instruction}) and their enums, each known by its slug
 * ({@link app.unknot.catalog.Slugged}); {@link app.unknot.catalog.TechniqueFilter}, the filter it
 * lists techniques by (the words search understands are {@code SearchWords}); the body map
 * ({@link app.unknot.catalog.BodyMap}) the pages draw; and the guards every record uses
 * ({@link app.unknot.catalog.Checks}). What rules a technique out is answered by the safety module
 * through {@link app.unknot.catalog.TechniqueSafety}. {@code Illustration}, what a technique's
 * picture shows, is here because {@code content} reads it and {@code picture} draws it.
 *
 * <p>Inside the module: {@code content} loads the content files into the tables (a Flyway
 * migration), {@code store} reads the tables into the snapshot once at start-up, {@code web} serves
 * the catalog pages and JSON API, and {@code picture} draws each technique's picture (a named
 * interface: the sheet's PDF draws them too).
 */
@ApplicationModule(allowedDependencies = "system")
package app.unknot.catalog;

import org.springframework.modulith.ApplicationModule;
