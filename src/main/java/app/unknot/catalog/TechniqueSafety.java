package app.unknot.catalog;

import java.util.List;
import java.util.Map;

/**
 * Which conditions rule a technique out, for the catalog pages. The catalog asks; the safety rules
 * ({@code app.unknot.safety}) answer, so what a restriction covers is defined once.
 */
public interface TechniqueSafety {

    /** Each condition that rules this technique out on the areas it works, in condition order, with the row that does. */
    Map<Condition, Restriction> ruledOutBy(Technique technique);

    /**
     * The areas where a condition can change a routine: those of every technique it rules out, in catalog
     * order. A form need not ask about it when a person names none of them: the answer could change nothing.
     */
    List<String> areasReachedBy(Condition condition);
}
