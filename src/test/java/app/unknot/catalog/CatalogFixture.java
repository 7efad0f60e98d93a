package app.unknot.catalog;

import static app.unknot.catalog.Performer.ANY;
import static app.unknot.catalog.Performer.PARTNER;
import static app.unknot.catalog.Phase.COOL_DOWN;
import static app.unknot.catalog.Phase.STRETCH;
import static app.unknot.catalog.Phase.WARM_UP;
import static app.unknot.catalog.Posture.KNEELING;
import static app.unknot.catalog.Posture.LYING_ON_BACK;
import static app.unknot.catalog.Posture.LYING_ON_FRONT;
import static app.unknot.catalog.Posture.SEATED;
import static app.unknot.catalog.Posture.SIDE_LYING;
import static app.unknot.catalog.Posture.STANDING;
import static app.unknot.catalog.Pressure.FIRM;
import static app.unknot.catalog.Pressure.LIGHT;
import static app.unknot.catalog.Pressure.MODERATE;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A small catalog shaped like the real one, in plain Java: every area has a warm-up, a massage and a
 * stretch, and the restrictions are exactly the safety table's rows. Techniques are listed in
 * catalog order. Names are made from slugs ("lower-back" is "Lower back"). The one catalog fixture
 * of the tests, for the safety screen, the builder and the web slices alike.
 */
public final class CatalogFixture {

    public static final List<String> AREAS = List.of("head", "jaw", "neck", "shoulders", "upper-arms", "forearms",
        "chest", "upper-back", "lower-back", "abdomen", "glutes", "hips", "thighs", "hamstrings", "it-band", "calves", "shins", "feet");
    public static final List<String> LEGS = List.of("thighs", "hamstrings", "it-band", "calves", "shins", "feet");
    public static final List<String> TOOLS = List.of("hands", "lotion", "foam-roller", "tennis-ball", "golf-ball",
        "massage-gun", "neck-massager", "back-massager", "heated-massager", "couch", "chair", "wall");
    public static final Set<String> ALWAYS_AVAILABLE = Set.of("hands", "couch", "chair", "wall");
    public static final Set<String> OWNED_TOOLS = Set.of("lotion", "foam-roller", "tennis-ball", "golf-ball",
        "massage-gun", "neck-massager", "back-massager", "heated-massager");
    public static final List<String> CONDITIONS = List.of("fracture", "burn", "healing-wound", "bleeding-disorder",
        "blood-thinners", "dvt", "severe-osteoporosis", "severe-thrombocytopenia", "cancer", "pregnancy");
    public static final Set<String> LOCAL = Set.of("fracture", "burn", "healing-wound");
    public static final List<String> EMERGENCY_FLAGS = List.of("saddle-numbness", "bladder-bowel-change", "leg-weakness",
        "major-trauma", "chest-pain");
    public static final List<String> URGENT_FLAGS = List.of("fever", "weight-loss", "night-pain", "cancer-history-new-pain",
        "calf-swelling");

    public static final List<Technique> TECHNIQUES = List.of(
        massage("effleurage").by(PARTNER).posture(LYING_ON_FRONT).seconds(60).phases(WARM_UP, COOL_DOWN)
            .areas("neck", "shoulders", "upper-back", "lower-back", "glutes", "hips", "thighs", "hamstrings", "it-band", "calves", "feet").build(),
        massage("self-effleurage").seconds(60).phases(WARM_UP, COOL_DOWN)
            .areas("neck", "shoulders", "chest", "lower-back", "abdomen", "glutes", "hips", "thighs", "hamstrings", "it-band", "calves", "feet").build(),
        massage("forehead-stroking").by(ANY).seconds(60).phases(WARM_UP, COOL_DOWN).areas("head").build(),
        massage("spine-sacrum-circular-kneading").by(PARTNER).posture(LYING_ON_FRONT).areas("lower-back").build(),
        massage("glute-kneading-compression").by(PARTNER).posture(LYING_ON_FRONT).pressure(MODERATE).areas("glutes", "lower-back").build(),
        massage("petrissage").by(PARTNER).posture(LYING_ON_FRONT).pressure(MODERATE)
            .areas("shoulders", "upper-back", "thighs", "hamstrings", "calves").build(),
        massage("seated-lower-back-self-massage").pressure(MODERATE).areas("lower-back").tools("chair").build(),
        massage("tennis-ball-back-massage").posture(LYING_ON_BACK).pressure(FIRM).areas("upper-back", "lower-back").tools("tennis-ball").build(),
        massage("foam-roll-lower-back").posture(LYING_ON_BACK).pressure(MODERATE).seconds(90).areas("lower-back").tools("foam-roller").build(),
        massage("heated-back-massager").areas("upper-back", "lower-back").tools("heated-massager").build(),
        massage("back-massager-upper").pressure(MODERATE).areas("upper-back", "shoulders").tools("back-massager").build(),
        massage("massage-gun-back").by(PARTNER).posture(LYING_ON_FRONT).pressure(FIRM).seconds(90)
            .areas("upper-back", "lower-back", "shoulders").tools("massage-gun").build(),
        massage("tennis-ball-wall-release").posture(STANDING).pressure(MODERATE).seconds(90)
            .areas("shoulders", "upper-back", "chest").tools("tennis-ball", "wall").build(),
        massage("golf-ball-wall-release").posture(STANDING).seconds(90).areas("shoulders", "upper-back", "chest").tools("golf-ball", "wall").build(),
        massage("self-neck-massage").pressure(MODERATE).areas("neck", "shoulders").build(),
        massage("neck-shoulder-kneading").by(PARTNER).pressure(MODERATE).areas("neck", "shoulders").build(),
        massage("neck-massager-release").pressure(MODERATE).seconds(90).areas("neck", "shoulders").tools("neck-massager").build(),
        massage("head-temple-massage").by(ANY).seconds(90).areas("head").build(),
        massage("chest-self-massage").seconds(90).areas("chest").build(),
        massage("abdominal-massage").posture(LYING_ON_BACK).areas("abdomen").build(),
        massage("seated-glute-hip-massage").pressure(MODERATE).seconds(90).areas("glutes", "hips").build(),
        massage("hip-kneading").by(PARTNER).posture(SIDE_LYING).pressure(MODERATE).twoSided().areas("hips", "glutes").build(),
        massage("thigh-self-kneading").pressure(MODERATE).twoSided().areas("thighs", "hamstrings", "it-band").build(),
        massage("calf-self-kneading").pressure(MODERATE).twoSided().areas("calves").build(),
        massage("foam-roll-calves").pressure(MODERATE).seconds(90).areas("calves").tools("foam-roller").build(),
        massage("foam-roll-thighs").posture(SIDE_LYING).pressure(MODERATE).twoSided().areas("thighs", "it-band").tools("foam-roller").build(),
        massage("foam-roll-hamstrings-glutes").pressure(MODERATE).areas("hamstrings", "glutes").tools("foam-roller").build(),
        massage("massage-gun-legs").pressure(FIRM).areas("thighs", "hamstrings", "calves", "glutes").tools("massage-gun").build(),
        massage("foot-ball-roll").pressure(MODERATE).twoSided().areas("feet").tools("tennis-ball").build(),
        massage("foot-golf-ball-roll").posture(STANDING).seconds(60).twoSided().areas("feet").tools("golf-ball").build(),
        massage("foot-hand-massage").by(ANY).pressure(MODERATE).twoSided().areas("feet").build(),
        massage("jaw-massage").by(ANY).areas("jaw").build(),
        massage("arm-self-kneading").pressure(MODERATE).twoSided().areas("upper-arms", "forearms").build(),
        massage("shin-self-massage").pressure(MODERATE).twoSided().areas("shins").build(),
        stretch("flat-back-90-90").posture(LYING_ON_BACK).seconds(90).phases(STRETCH, COOL_DOWN).areas("lower-back").tools("couch").build(),
        stretch("thread-the-needle").posture(LYING_ON_BACK).seconds(90).twoSided().areas("glutes", "hips", "lower-back").build(),
        stretch("supine-twist").posture(LYING_ON_BACK).twoSided().rotates().areas("lower-back", "upper-back").build(),
        stretch("cat-cow").posture(KNEELING).phases(WARM_UP, STRETCH).areas("upper-back", "lower-back", "neck").build(),
        stretch("knees-to-chest").posture(LYING_ON_BACK).phases(STRETCH, COOL_DOWN).areas("lower-back", "glutes").build(),
        stretch("childs-pose").posture(KNEELING).phases(STRETCH, COOL_DOWN).areas("upper-back", "lower-back", "shoulders", "hips").build(),
        stretch("seated-figure-four").posture(SEATED).twoSided().areas("glutes", "hips").tools("chair").build(),
        stretch("seated-twist").posture(SEATED).twoSided().rotates().areas("upper-back", "lower-back").tools("chair").build(),
        stretch("neck-side-stretch").posture(SEATED).twoSided().areas("neck", "shoulders").build(),
        stretch("chin-tuck").posture(SEATED).areas("neck", "head").build(),
        stretch("doorway-chest-stretch").twoSided().areas("chest", "shoulders").tools("wall").build(),
        stretch("cross-body-shoulder-stretch").twoSided().areas("shoulders", "upper-back").build(),
        stretch("standing-side-bend").twoSided().areas("abdomen").build(),
        stretch("standing-quad-stretch").twoSided().areas("thighs").tools("wall").build(),
        stretch("seated-hamstring-stretch").posture(SEATED).twoSided().areas("hamstrings").tools("chair").build(),
        stretch("standing-it-band-stretch").twoSided().areas("it-band", "hips").build(),
        stretch("kneeling-hip-flexor-stretch").posture(KNEELING).twoSided().areas("hips", "thighs").build(),
        stretch("wall-calf-stretch").twoSided().areas("calves").tools("wall").build(),
        stretch("seated-toe-stretch").posture(SEATED).twoSided().areas("feet").build(),
        stretch("jaw-opening-stretch").posture(SEATED).areas("jaw").build(),
        stretch("triceps-stretch").twoSided().areas("upper-arms").build(),
        stretch("wrist-flexor-stretch").posture(SEATED).twoSided().areas("forearms").build(),
        stretch("kneeling-shin-stretch").posture(KNEELING).areas("shins").build());

    public static final List<Restriction> RESTRICTIONS = restrictions();

    public static final List<RedFlag> RED_FLAGS = redFlags();

    public static final Catalog CATALOG = catalog(TECHNIQUES, RESTRICTIONS);

    private CatalogFixture() {
    }

    /** The fixture's areas, tools, conditions and red flags with these techniques and restrictions. */
    public static Catalog catalog(List<Technique> techniques, List<Restriction> restrictions) {
        return new Catalog(AREAS.stream().map(CatalogFixture::area).toList(), TOOLS.stream().map(CatalogFixture::tool).toList(),
            techniques, CONDITIONS.stream().map(CatalogFixture::condition).toList(), restrictions, RED_FLAGS, Map.of());
    }

    public static BodyArea area(String slug) {
        return new BodyArea(slug, named(slug), "About the " + slug.replace('-', ' ') + ".");
    }

    public static Tool tool(String slug) {
        return new Tool(slug, named(slug), "About the " + slug.replace('-', ' ') + ".", ALWAYS_AVAILABLE.contains(slug));
    }

    public static Condition condition(String slug) {
        return new Condition(slug, named(slug), "What " + slug + " is.", "Ask your doctor about " + slug + ".",
            LOCAL.contains(slug), List.of("A public source"));
    }

    /** "lower-back" is "Lower back". */
    private static String named(String slug) {
        return slug.substring(0, 1).toUpperCase(Locale.ROOT) + slug.substring(1).replace('-', ' ');
    }

    public static Technique technique(String slug) {
        return TECHNIQUES.stream().filter(technique -> technique.slug().equals(slug)).findFirst()
            .orElseThrow(() -> new IllegalArgumentException("no technique " + slug + " in the fixture"));
    }

    /** The condition's restriction rows in catalog order; {@code row} counts from 0. */
    public static Restriction restriction(String condition, int row) {
        return RESTRICTIONS.stream().filter(restriction -> restriction.condition().equals(condition)).toList().get(row);
    }

    public static TechniqueBuilder massage(String slug) {
        return new TechniqueBuilder(slug, TechniqueKind.MASSAGE, Performer.SELF, SEATED, 120, Phase.MASSAGE);
    }

    public static TechniqueBuilder stretch(String slug) {
        return new TechniqueBuilder(slug, TechniqueKind.STRETCH, ANY, STANDING, 60, STRETCH);
    }

    public static RestrictionBuilder rule(String condition) {
        return new RestrictionBuilder(condition);
    }

    private static List<Restriction> restrictions() {
        List<Restriction> rows = new ArrayList<>();
        for (String local : List.of("fracture", "burn", "healing-wound")) {
            rows.add(rule(local).affected().because("Nothing may work on the injured area."));
        }
        rows.add(rule("dvt").kind(TechniqueKind.MASSAGE).listed("thighs", "hamstrings", "it-band", "calves", "feet", "hips")
            .because("Massage near a clot could move it: no leg or hip massage."));
        for (String bleeding : List.of("bleeding-disorder", "blood-thinners", "severe-thrombocytopenia")) {
            rows.add(rule(bleeding).maxPressure(LIGHT).because("Light pressure only: you bruise easily."));
            rows.add(rule(bleeding).tool("massage-gun").because("No massage gun: it bruises."));
            rows.add(rule(bleeding).tool("golf-ball").because("No golf ball: it is too hard."));
            rows.add(rule(bleeding).tool("foam-roller").because("No foam roller: it presses too hard."));
        }
        String backAndChest = "upper-back,lower-back,chest";
        rows.add(rule("severe-osteoporosis").maxPressure(LIGHT).because("Light pressure only: bones are fragile."));
        for (String tool : List.of("foam-roller", "tennis-ball", "golf-ball")) {
            rows.add(rule("severe-osteoporosis").tool(tool).listed(backAndChest.split(","))
                .because("No rolling or ball work on the back or chest."));
        }
        rows.add(rule("severe-osteoporosis").movement(Movement.SPINAL_ROTATION).because("No twisting of the spine."));
        rows.add(rule("cancer").kind(TechniqueKind.MASSAGE).waivedByClearance()
            .because("No massage until your care team has cleared it."));
        rows.add(rule("cancer").kind(TechniqueKind.MASSAGE).maxPressure(LIGHT).because("Light massage only."));
        rows.add(rule("pregnancy").kind(TechniqueKind.MASSAGE).listed("abdomen").because("No abdominal massage."));
        rows.add(rule("pregnancy").tool("massage-gun").because("No massage gun."));
        rows.add(rule("pregnancy").posture(LYING_ON_BACK).because("Nothing lying flat on your back."));
        return List.copyOf(rows);
    }

    private static List<RedFlag> redFlags() {
        List<RedFlag> flags = new ArrayList<>();
        EMERGENCY_FLAGS.forEach(slug -> flags.add(flag(slug, Urgency.EMERGENCY)));
        URGENT_FLAGS.forEach(slug -> flags.add(flag(slug, Urgency.URGENT)));
        return List.copyOf(flags);
    }

    private static RedFlag flag(String slug, Urgency urgency) {
        return new RedFlag(slug, "Flag " + slug, "About " + slug + ".", "Get help.", urgency, List.of(), null, List.of("A public source"));
    }

    /** A technique card with the fixture's defaults: light, one side, hands only, one instruction. */
    public static final class TechniqueBuilder {
        private final String slug;
        private final TechniqueKind kind;
        private Performer performer;
        private Posture posture;
        private Pressure pressure = LIGHT;
        private int seconds;
        private Integer longestSeconds;
        private int sides = 1;
        private Movement movement;
        private Set<Phase> phases;
        private List<String> areas = List.of();
        private List<String> tools;

        private TechniqueBuilder(String slug, TechniqueKind kind, Performer performer, Posture posture, int seconds, Phase phase) {
            this.slug = slug;
            this.kind = kind;
            this.performer = performer;
            this.posture = posture;
            this.seconds = seconds;
            this.phases = Set.of(phase);
            this.tools = kind == TechniqueKind.MASSAGE ? List.of("hands") : List.of();
        }

        public TechniqueBuilder by(Performer value) {
            performer = value;
            return this;
        }

        public TechniqueBuilder posture(Posture value) {
            posture = value;
            return this;
        }

        public TechniqueBuilder pressure(Pressure value) {
            pressure = value;
            return this;
        }

        public TechniqueBuilder seconds(int value) {
            seconds = value;
            return this;
        }

        /** The longest time a step of it may take; twice its typical time unless set. */
        public TechniqueBuilder longest(int value) {
            longestSeconds = value;
            return this;
        }

        public TechniqueBuilder twoSided() {
            sides = 2;
            return this;
        }

        public TechniqueBuilder rotates() {
            movement = Movement.SPINAL_ROTATION;
            return this;
        }

        public TechniqueBuilder phases(Phase... values) {
            phases = Set.of(values);
            return this;
        }

        public TechniqueBuilder areas(String... values) {
            areas = List.of(values);
            return this;
        }

        public TechniqueBuilder tools(String... values) {
            tools = List.of(values);
            return this;
        }

        public Technique build() {
            return new Technique(slug, slug.replace('-', ' '), kind, performer, posture, pressure, seconds,
                longestSeconds == null ? 2 * seconds : longestSeconds, sides, movement, phases, areas.stream().map(CatalogFixture::area).toList(),
                tools.stream().map(CatalogFixture::tool).toList(), "About " + slug + ".", List.of(Instruction.of("Go slowly.")), List.of());
        }
    }

    /** A restriction row; unset criteria match anything, the scope is any area unless set. */
    public static final class RestrictionBuilder {
        private final String condition;
        private TechniqueKind kind;
        private AreaScope scope = AreaScope.ANY;
        private Set<String> listed = Set.of();
        private String tool;
        private Posture posture;
        private Movement movement;
        private Pressure maxPressure;
        private boolean waived;

        private RestrictionBuilder(String condition) {
            this.condition = condition;
        }

        public RestrictionBuilder kind(TechniqueKind value) {
            kind = value;
            return this;
        }

        public RestrictionBuilder affected() {
            scope = AreaScope.AFFECTED;
            return this;
        }

        public RestrictionBuilder listed(String... areas) {
            scope = AreaScope.LISTED;
            listed = Set.of(areas);
            return this;
        }

        public RestrictionBuilder tool(String value) {
            tool = value;
            return this;
        }

        public RestrictionBuilder posture(Posture value) {
            posture = value;
            return this;
        }

        public RestrictionBuilder movement(Movement value) {
            movement = value;
            return this;
        }

        public RestrictionBuilder maxPressure(Pressure value) {
            maxPressure = value;
            return this;
        }

        public RestrictionBuilder waivedByClearance() {
            waived = true;
            return this;
        }

        public Restriction because(String reason) {
            return new Restriction(condition, kind, scope, listed, tool, posture, movement, maxPressure, waived, reason);
        }
    }
}
