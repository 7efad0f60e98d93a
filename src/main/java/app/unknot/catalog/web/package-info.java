/**
 * The catalog on the web: the pages that list, filter and show techniques and the conditions page
 * ({@link app.unknot.catalog.web.CatalogController}), and the same as JSON
 * ({@link app.unknot.catalog.web.CatalogApiController}, techniques shaped by {@code TechniqueJson}),
 * both a page of 50 at a time ({@code TechniquePage}). They only read the
 * {@link app.unknot.catalog.Catalog} snapshot, and ask {@link app.unknot.catalog.TechniqueSafety}
 * what rules a technique out.
 */
package app.unknot.catalog.web;
