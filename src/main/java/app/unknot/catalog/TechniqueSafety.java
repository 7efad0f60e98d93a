package app.unknot.catalog;

import java.util.List;

/**
 * Which conditions rule a technique out. The catalog pages ask; the safety screen, which owns the
 * matching rules, answers, so there is one definition of what a restriction covers.
 */
public interface TechniqueSafety {

    /** One entry per condition that rules this technique out on the areas it works, in condition order. */
    List<RuledOut> ruledOutBy(Technique technique);
}
