/**
 * How every request is served: the app's servlet filters in their order ({@code WebFilters}: the
 * request id, security headers, the cap on requests in flight per client, the private pages'
 * Cache-Control, the language, the refusal of changes sent from another site, the request guard with
 * its size limits, and the rendered pages kept in memory), Tomcat's body timeout ({@code TomcatTimeouts}),
 * the static files, the service worker's script ({@code ServiceWorkerScript}), the flash messages kept in a cookie, {@code #durations} and {@code #languages} for
 * the templates ({@code TemplateObjects}), the welcome page, and the JSON API's OpenAPI contract and
 * its JSON-only message converters. {@code RequestId}, {@code BodyTooLargeException} and
 * {@code BodyTooSlowException} are public for the {@code error} package, which shows the one and
 * answers the others.
 */
package app.unknot.system.web;
