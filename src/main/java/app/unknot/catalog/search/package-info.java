/**
 * The words search understands, in each language: a technique's words and a query reduced to the
 * same plain forms with Lucene's analysis filters (accents folded, plurals made singular, no filler
 * words, German compounds split into the catalog's own words), matched whole or by their start.
 */
package app.unknot.catalog.search;
