/**
 * The body map: the front and back of a figure with a region per body area, which the catalog, the
 * builder form and each walkthrough step draw (a named interface of the catalog module).
 */
@NamedInterface("bodymap")
package app.unknot.catalog.bodymap;

import org.springframework.modulith.NamedInterface;
