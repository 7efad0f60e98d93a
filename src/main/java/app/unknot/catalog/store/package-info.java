/**
 * The catalog as its tables hold it, read once: {@link app.unknot.catalog.store.CatalogLoader} turns
 * the rows into the immutable {@link app.unknot.catalog.Catalog} snapshot at start-up. The
 * {@code *Entity} classes and {@code InstructionRow} map the tables for that read alone; nothing
 * else sees them, and nothing writes through them (the content files fill the tables, see
 * {@code catalog.content}).
 */
package app.unknot.catalog.store;
