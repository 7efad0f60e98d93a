package app.unknot.catalog.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The content files as they are pass the check; each kind of mistake in them is named, and refused. */
class ContentCheckTests {

    private static final Content REAL = ContentFiles.in(ContentFiles.FOLDER).read();

    @Test
    void theRealContentHasNoProblem() {
        assertThat(ContentCheck.problems(REAL)).isEmpty();
        assertThat(REAL.techniques()).hasSizeGreaterThanOrEqualTo(49);
        assertThat(REAL.areas()).hasSize(18);
    }

    @Test
    void everyTechniqueFileIsNamedAfterItsSlug() {
        assertThat(REAL.techniqueFiles()).allSatisfy((file, technique) -> assertThat(file).isEqualTo(technique.slug() + ".yaml"));
    }

    static Stream<Arguments> mistakes() {
        return Stream.of(
            Arguments.of("a file not named after its slug", renamed("cat-cow.yaml", "cat-and-cow.yaml"),
                "cat-and-cow.yaml holds the technique cat-cow: name it cat-cow.yaml"),
            Arguments.of("no picture", technique("cat-cow", t -> with(t, null, t.en(), t.areas(), t.tools())),
                "cat-cow has no picture"),
            Arguments.of("a picture highlighting an area the technique does not work",
                technique("cat-cow", t -> with(t, new Content.Picture(t.picture().scenes(), List.of("feet")), t.en(), t.areas(), t.tools())),
                "cat-cow's picture must highlight some of its own areas"),
            Arguments.of("no words", technique("cat-cow", t -> with(t, t.picture(), null, t.areas(), t.tools())),
                "cat-cow needs a name, a summary, instructions, keywords and the picture's text alternative"),
            Arguments.of("no text alternative", technique("cat-cow", t -> with(t, t.picture(), text(t.en(), " ", t.en().instructions()),
                t.areas(), t.tools())), "cat-cow needs a name, a summary, instructions, keywords and the picture's text alternative"),
            Arguments.of("no instructions", technique("cat-cow", t -> with(t, t.picture(), text(t.en(), t.en().picture(), List.of()),
                t.areas(), t.tools())), "cat-cow needs a name, a summary, instructions, keywords and the picture's text alternative"),
            Arguments.of("an unknown area", technique("cat-cow", t -> with(t, t.picture(), t.en(), plus(t.areas(), "elbows"), t.tools())),
                "cat-cow names the unknown area elbows"),
            Arguments.of("an unknown tool", technique("cat-cow", t -> with(t, t.picture(), t.en(), t.areas(), plus(t.tools(), "yoga-mat"))),
                "cat-cow names the unknown tool yoga-mat"),
            Arguments.of("a line for an area it does not work", technique("cat-cow", t -> with(t, t.picture(),
                text(t.en(), t.en().picture(), List.of(new Content.Line("Breathe.", "feet", null))), t.areas(), t.tools())),
                "cat-cow has a line only for feet, an area it does not work"),
            Arguments.of("a line for an unknown tool", technique("cat-cow", t -> with(t, t.picture(),
                text(t.en(), t.en().picture(), List.of(new Content.Line("Breathe.", null, "yoga-mat"))), t.areas(), t.tools())),
                "cat-cow has a line only with the unknown tool yoga-mat"),
            Arguments.of("two techniques in one place", technique("cat-cow", t -> positioned(t, REAL.techniqueFiles().get("childs-pose.yaml").position())),
                "techniques [cat-cow, childs-pose] share position"),
            Arguments.of("a restriction on an unknown area", restricted(new Content.Restriction(null, app.unknot.catalog.AreaScope.LISTED,
                List.of("elbows"), null, null, null, null, false, why(), why(), why())),
                "a dvt restriction names the unknown area elbows"),
            Arguments.of("a restriction with an unknown tool", restricted(new Content.Restriction(null, app.unknot.catalog.AreaScope.ANY,
                List.of(), "yoga-mat", null, null, null, false, why(), why(), why())),
                "a dvt restriction names the unknown tool yoga-mat"),
            Arguments.of("an area going with an unknown area", area("head", a -> new Content.Area(a.slug(),
                plus(a.goesWith(), "elbows"), a.en(), a.es(), a.de())), "area head names the unknown area elbows"),
            Arguments.of("an area going with others without saying why", area("head", a -> {
                var without = new Content.AreaText(a.en().name(), a.en().description(), null);
                return new Content.Area(a.slug(), a.goesWith(), without, without, without);
            }), "area head says why other areas go with it exactly when it names them"),
            Arguments.of("a condition without a source", condition("dvt", c -> new Content.Condition(c.slug(), c.local(), List.of(), c.en(),
                c.es(), c.de(), c.restrictions())), "condition dvt names no source"),
            Arguments.of("a warning sign for an unknown area", redFlag("stroke-signs", f -> new Content.RedFlag(f.slug(), f.urgency(),
                plus(f.areas(), "elbows"), null, f.sources(), f.en(), f.es(), f.de())), "red flag stroke-signs names the unknown area elbows"),
            Arguments.of("a warning sign asked with an unknown condition", redFlag("pregnant-belly-pain", f -> new Content.RedFlag(
                f.slug(), f.urgency(), f.areas(), "twins", f.sources(), f.en(), f.es(), f.de())),
                "red flag pregnant-belly-pain names the unknown condition twins"),
            Arguments.of("a warning sign without a source", redFlag("stroke-signs", f -> new Content.RedFlag(f.slug(), f.urgency(),
                f.areas(), null, List.of(), f.en(), f.es(), f.de())), "red flag stroke-signs needs a name, a description, advice and a source"),
            Arguments.of("a warning sign that does not say what to do", redFlag("stroke-signs", f -> {
                var silent = new Content.RedFlagText(f.en().name(), f.en().description(), " ");
                return new Content.RedFlag(f.slug(), f.urgency(), f.areas(), null, f.sources(), silent, silent, silent);
            }), "red flag stroke-signs needs a name, a description, advice and a source"));
    }

    /** Mistakes in a translation, each named with the language and the field. */
    static Stream<Arguments> translationMistakes() {
        return Stream.of(
            Arguments.of("no Spanish", technique("cat-cow", t -> translated(t, null, t.de())), "cat-cow has no es block"),
            Arguments.of("a German line too few", technique("cat-cow", t -> translated(t, t.es(),
                text(t.de(), t.de().picture(), t.de().instructions().subList(1, t.de().instructions().size())))),
                "cat-cow (de) instructions: " + (REAL.techniqueFiles().get("cat-cow.yaml").en().instructions().size() - 1)
                    + " where the English has"),
            Arguments.of("a missing Spanish picture text", technique("cat-cow", t -> translated(t,
                text(t.es(), " ", t.es().instructions()), t.de())), "cat-cow (es) picture: missing"),
            Arguments.of("a Spanish line for another area", technique("cat-cow", t -> translated(t,
                text(t.es(), t.es().picture(), plus(t.es().instructions().subList(1, t.es().instructions().size()),
                    new Content.Line("Respira.", "lower-back", null))), t.de())), "cat-cow (es) instructions"),
            Arguments.of("German without keywords", technique("cat-cow", t -> translated(t, t.es(),
                new Content.TechniqueText(t.de().name(), t.de().summary(), t.de().instructions(), t.de().cautions(), t.de().picture(),
                    List.of()))), "cat-cow (de) keywords: none"),
            Arguments.of("a number written out", redFlag("chest-pain", f -> new Content.RedFlag(f.slug(), f.urgency(), f.areas(),
                f.askedWith(), f.sources(), f.en(), new Content.RedFlagText(f.es().name(), f.es().description(),
                    f.es().advice().replace(TranslationCheck.EMERGENCY_NUMBER, "112")), f.de())),
                "red flag chest-pain (es) advice: writes out an emergency number"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("translationMistakes")
    void aMistakeInATranslationIsNamed(String mistake, Content content, String problem) {
        assertThat(ContentCheck.problems(content)).anySatisfy(found -> assertThat(found).startsWith(problem));
    }

    private static Content.RestrictionText why() {
        return new Content.RestrictionText("Why.");
    }

    private static Content area(String slug, UnaryOperator<Content.Area> change) {
        return new Content(REAL.areas().stream().map(a -> a.slug().equals(slug) ? change.apply(a) : a).toList(), REAL.tools(),
            REAL.techniqueFiles(), REAL.conditions(), REAL.redFlags());
    }

    private static Content condition(String slug, UnaryOperator<Content.Condition> change) {
        return new Content(REAL.areas(), REAL.tools(), REAL.techniqueFiles(),
            REAL.conditions().stream().map(c -> c.slug().equals(slug) ? change.apply(c) : c).toList(), REAL.redFlags());
    }

    private static Content redFlag(String slug, UnaryOperator<Content.RedFlag> change) {
        return new Content(REAL.areas(), REAL.tools(), REAL.techniqueFiles(), REAL.conditions(),
            REAL.redFlags().stream().map(f -> f.slug().equals(slug) ? change.apply(f) : f).toList());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("mistakes")
    void aMistakeIsNamed(String mistake, Content content, String problem) {
        assertThat(ContentCheck.problems(content)).singleElement().asString().startsWith(problem);
    }

    @Test
    void aMisspeltKeyStopsTheReadingAndNamesTheFile() {
        assertThatThrownBy(() -> ContentFiles.in("catalog-with-a-typo").read())
            .hasMessageContaining("catalog file back-rub.yaml").hasMessageContaining("only-ara");
    }

    @Test
    void contentWithAProblemIsRefusedBeforeAnyRowIsWritten() {
        // No connection: the refusal comes before the database is touched.
        assertThatThrownBy(() -> CatalogContent.load(null, ContentFiles.in("catalog-with-a-misnamed-file")))
            .isInstanceOf(IllegalStateException.class)
            .hasMessageContaining("1 problem(s)")
            .hasMessageContaining("lower-back-rub.yaml holds the technique back-rub: name it back-rub.yaml");
    }

    @Test
    void theChecksumFollowsTheFiles() {
        assertThat(ContentFiles.in(ContentFiles.FOLDER).checksum()).isEqualTo(ContentFiles.in(ContentFiles.FOLDER).checksum())
            .isNotEqualTo(ContentFiles.in("catalog-with-a-typo").checksum());
    }

    private static Content renamed(String file, String newName) {
        Map<String, Content.Technique> files = new LinkedHashMap<>();
        REAL.techniqueFiles().forEach((name, technique) -> files.put(name.equals(file) ? newName : name, technique));
        return new Content(REAL.areas(), REAL.tools(), files, REAL.conditions(), REAL.redFlags());
    }

    private static Content technique(String slug, UnaryOperator<Content.Technique> change) {
        Map<String, Content.Technique> files = new LinkedHashMap<>(REAL.techniqueFiles());
        files.computeIfPresent(slug + ".yaml", (name, technique) -> change.apply(technique));
        return new Content(REAL.areas(), REAL.tools(), files, REAL.conditions(), REAL.redFlags());
    }

    private static Content restricted(Content.Restriction restriction) {
        List<Content.Condition> conditions = REAL.conditions().stream().map(condition -> !condition.slug().equals("dvt") ? condition
            : new Content.Condition(condition.slug(), condition.local(), condition.sources(), condition.en(), condition.es(),
                condition.de(), plus(condition.restrictions(), restriction)))
            .toList();
        return new Content(REAL.areas(), REAL.tools(), REAL.techniqueFiles(), conditions, REAL.redFlags());
    }

    /** Changed English stands in for the translations too, so only the planted mistake shows. */
    private static Content.Technique with(Content.Technique t, Content.Picture picture, Content.TechniqueText en, List<String> areas,
                                          List<String> tools) {
        return new Content.Technique(t.slug(), t.position(), t.kind(), t.performer(), t.posture(), t.pressure(), t.seconds(),
            t.longestSeconds(), t.sides(), t.movement(), t.phases(), areas, tools, picture, en, en == null ? t.es() : en,
            en == null ? t.de() : en);
    }

    private static Content.Technique translated(Content.Technique t, Content.TechniqueText es, Content.TechniqueText de) {
        return new Content.Technique(t.slug(), t.position(), t.kind(), t.performer(), t.posture(), t.pressure(), t.seconds(),
            t.longestSeconds(), t.sides(), t.movement(), t.phases(), t.areas(), t.tools(), t.picture(), t.en(), es, de);
    }

    private static Content.Technique positioned(Content.Technique t, int position) {
        return new Content.Technique(t.slug(), position, t.kind(), t.performer(), t.posture(), t.pressure(), t.seconds(),
            t.longestSeconds(), t.sides(), t.movement(), t.phases(), t.areas(), t.tools(), t.picture(), t.en(), t.es(), t.de());
    }

    private static Content.TechniqueText text(Content.TechniqueText en, String picture, List<Content.Line> instructions) {
        return new Content.TechniqueText(en.name(), en.summary(), instructions, en.cautions(), picture, en.keywords());
    }

    private static <T> List<T> plus(List<T> list, T extra) {
        var longer = new ArrayList<>(list);
        longer.add(extra);
        return longer;
    }
}
