/**
 * The words search understands: a technique's words and a query reduced to the same plain forms
 * (singular, no filler words), matched whole or by their start.
 */
package app.unknot.catalog.search;
