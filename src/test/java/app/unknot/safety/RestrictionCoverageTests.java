package app.unknot.safety;

import static org.assertj.core.api.Assertions.assertThat;

import app.unknot.catalog.Catalog;
import app.unknot.catalog.CatalogFixture;
import app.unknot.catalog.store.CatalogLoader;
import app.unknot.catalog.Posture;
import app.unknot.catalog.Restriction;
import app.unknot.catalog.Technique;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.context.annotation.Import;

/**
 * Part of the content check: a restriction in the content files that rules out no technique at all
 * is a mistake (a misspelt tool, a posture nothing is done in) that would leave a person unprotected
 * while the files look safe.
 */
@DataJpaTest
@Import(CatalogLoader.class)
class RestrictionCoverageTests {

    @Autowired
    Catalog catalog;

    @Test
    void everyRestrictionOfTheRealCatalogRulesSomethingOut() {
        assertThat(catalog.restrictions()).isNotEmpty();
        assertThat(matchingNothing(catalog.restrictions(), catalog.techniques())).isEmpty();
    }

    @Test
    void aRestrictionThatMatchesNoTechniqueIsFound() {
        Restriction kneelingWithAGolfBall = CatalogFixture.rule("blood-thinners").tool("golf-ball").posture(Posture.KNEELING)
            .because("No golf ball when kneeling.");
        List<Restriction> rows = new ArrayList<>(CatalogFixture.RESTRICTIONS);
        rows.add(kneelingWithAGolfBall);
        assertThat(matchingNothing(rows, CatalogFixture.TECHNIQUES)).containsExactly(kneelingWithAGolfBall);
    }

    /** A restriction on the person's affected areas matches when they name any area the technique works. */
    static List<Restriction> matchingNothing(List<Restriction> restrictions, List<Technique> techniques) {
        return restrictions.stream().filter(row -> techniques.stream()
            .noneMatch(technique -> RestrictionMatcher.rulesOut(row, technique, Set.copyOf(technique.areaSlugs())))).toList();
    }
}
