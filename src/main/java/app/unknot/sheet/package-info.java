/** A saved routine's printable sheet, as a page and as a PDF rendered from the same template, with a QR code. */
@ApplicationModule(allowedDependencies = {"routine", "catalog", "catalog::picture", "system"})
package app.unknot.sheet;

import org.springframework.modulith.ApplicationModule;
