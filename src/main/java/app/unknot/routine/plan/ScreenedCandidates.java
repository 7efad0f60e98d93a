package app.unknot.routine.plan;

import app.unknot.catalog.Technique;
import app.unknot.safety.Exclusion;
import app.unknot.safety.SafetyScreen;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A request's candidates screened by one person's answers: the one place the builder, a
 * therapist's adjustment and a reuse for someone else learn what may go in.
 *
 * @param safe the candidates nothing rules out, in catalog order
 * @param excluded the candidates something rules out, in catalog order, each with its rule
 * @param hurt techniques the person marked as hurting, by slug, with the words that say when
 */
public record ScreenedCandidates(SafetyScreen screen, List<Technique> safe, List<Exclusion> excluded, Map<String, String> hurt) {

    static ScreenedCandidates of(SafetyScreen screen, List<Technique> candidates, Map<String, String> hurt) {
        // Each candidate is screened once: this runs for every routine built.
        List<Exclusion> excluded = new ArrayList<>();
        List<Technique> safe = new ArrayList<>();
        for (Technique candidate : candidates) {
            ruleOut(screen, hurt, candidate).ifPresentOrElse(excluded::add, () -> safe.add(candidate));
        }
        return new ScreenedCandidates(screen, List.copyOf(safe), List.copyOf(excluded), Map.copyOf(hurt));
    }

    /**
     * What leaves the technique out, candidate or not: a safety rule first (a technique both unsafe
     * and hurting is listed for its safety rule), then what hurt last time; empty when it may go in.
     */
    public Optional<Exclusion> ruleOut(Technique technique) {
        return ruleOut(screen, hurt, technique);
    }

    private static Optional<Exclusion> ruleOut(SafetyScreen screen, Map<String, String> hurt, Technique technique) {
        Optional<Exclusion> unsafe = screen.ruleOut(technique);
        if (unsafe.isPresent() || !hurt.containsKey(technique.slug())) {
            return unsafe;
        }
        return Optional.of(Exclusion.byPerson(technique, hurt.get(technique.slug())));
    }
}
