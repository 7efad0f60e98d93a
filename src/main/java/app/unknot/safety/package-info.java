/**
 * Everything that decides whether a technique is safe for a person; plain Java, no Spring but the
 * one adapter for the catalog pages. The rules, in the order they apply ({@link
 * app.unknot.safety.SafetyScreen}):
 *
 * <ol>
 *   <li>Any red flag ticked: no routine at all, only where to get help and how urgently.</li>
 *   <li>Each condition named rules out what its restriction rows match ({@link
 *       app.unknot.safety.RestrictionMatcher} says what a row covers); the first matching row, in
 *       catalog order, is the recorded reason. Rows marked waived-by-clearance stop applying once
 *       the care team has cleared massage (cancer). A local condition (fracture, burn, wound) needs
 *       the areas it affects, and nothing may work those areas.</li>
 *   <li>{@link app.unknot.safety.PainRule}: strong pain (7/10 or more) or pain lasting over 6 weeks
 *       leaves light pressure only, with advice to see a professional first.</li>
 * </ol>
 *
 * <p>The answers are one value, {@link app.unknot.safety.SafetyAnswers}. Conditions, red flags and the
 * restriction rows are catalog data ({@code V2__catalog_content.sql}, read through {@link
 * app.unknot.catalog.Catalog}); no code names a condition. A ruled-out technique becomes an {@link
 * app.unknot.safety.Exclusion}, which a routine lists rather than drops, with the {@link
 * app.unknot.safety.Exclusion.Rule} that ruled it out: a condition, a pain rule, or what hurt last
 * time. docs/safety.md explains each condition and red flag in words.
 */
@ApplicationModule(allowedDependencies = {"catalog", "system"})
package app.unknot.safety;

import org.springframework.modulith.ApplicationModule;
