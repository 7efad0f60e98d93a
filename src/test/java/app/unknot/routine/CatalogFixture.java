package app.unknot.routine;

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

import app.unknot.catalog.AreaScope;
import app.unknot.catalog.Movement;
import app.unknot.catalog.Performer;
import app.unknot.catalog.Phase;
import app.unknot.catalog.Posture;
import app.unknot.catalog.Pressure;
import app.unknot.catalog.TechniqueKind;
import app.unknot.catalog.Urgency;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A small catalog shaped like the real one: every area has a warm-up, a massage and a stretch, and
 * the restrictions are exactly the safety table's rows. Techniques are listed in catalog order.
 */
final class CatalogFixture {

    static final List<String> AREAS = List.of("head", "neck", "shoulders", "chest", "upper-back", "lower-back",
        "abdomen", "glutes", "hips", "thighs", "hamstrings", "it-band", "calves", "feet");
    static final List<String> LEGS = List.of("thighs", "hamstrings", "it-band", "calves", "feet");
    static final List<String> TOOLS = List.of("hands", "lotion", "foam-roller", "tennis-ball", "golf-ball",
        "massage-gun", "neck-massager", "back-massager", "heated-massager", "couch", "chair", "wall");
    static final Set<String> ALWAYS_AVAILABLE = Set.of("hands", "couch", "chair", "wall");
    static final Set<String> OWNED_TOOLS = Set.of("lotion", "foam-roller", "tennis-ball", "golf-ball",
        "massage-gun", "neck-massager", "back-massager", "heated-massager");
    static final List<String> CONDITIONS = List.of("fracture", "burn", "healing-wound", "bleeding-disorder",
        "blood-thinners", "dvt", "severe-osteoporosis", "severe-thrombocytopenia", "cancer", "pregnancy");
    static final Set<String> LOCAL = Set.of("fracture", "burn", "healing-wound");
    static final List<String> EMERGENCY_FLAGS = List.of("saddle-numbness", "bladder-bowel-change", "leg-weakness",
        "major-trauma", "chest-pain");
    static final List<String> URGENT_FLAGS = List.of("fever", "weight-loss", "night-pain", "cancer-history-new-pain",
        "calf-swelling");

    static final List<TechniqueCard> TECHNIQUES = List.of(
        massage("effleurage").by(PARTNER).posture(LYING_ON_FRONT).seconds(60).phases(WARM_UP, COOL_DOWN)
            .areas("neck", "shoulders", "upper-back", "lower-back", "glutes", "hips", "thighs", "hamstrings", "it-band", "calves", "feet").card(),
        massage("self-effleurage").seconds(60).phases(WARM_UP, COOL_DOWN)
            .areas("neck", "shoulders", "chest", "lower-back", "abdomen", "glutes", "hips", "thighs", "hamstrings", "it-band", "calves", "feet").card(),
        massage("forehead-stroking").by(ANY).seconds(60).phases(WARM_UP, COOL_DOWN).areas("head").card(),
        massage("spine-sacrum-circular-kneading").by(PARTNER).posture(LYING_ON_FRONT).areas("lower-back").card(),
        massage("glute-kneading-compression").by(PARTNER).posture(LYING_ON_FRONT).pressure(MODERATE).areas("glutes", "lower-back").card(),
        massage("petrissage").by(PARTNER).posture(LYING_ON_FRONT).pressure(MODERATE)
            .areas("shoulders", "upper-back", "thighs", "hamstrings", "calves").card(),
        massage("seated-lower-back-self-massage").pressure(MODERATE).areas("lower-back").tools("chair").card(),
        massage("tennis-ball-back-massage").posture(LYING_ON_BACK).pressure(FIRM).areas("upper-back", "lower-back").tools("tennis-ball").card(),
        massage("foam-roll-lower-back").posture(LYING_ON_BACK).pressure(MODERATE).seconds(90).areas("lower-back").tools("foam-roller").card(),
        massage("heated-back-massager").areas("upper-back", "lower-back").tools("heated-massager").card(),
        massage("back-massager-upper").pressure(MODERATE).areas("upper-back", "shoulders").tools("back-massager").card(),
        massage("massage-gun-back").by(PARTNER).posture(LYING_ON_FRONT).pressure(FIRM).seconds(90)
            .areas("upper-back", "lower-back", "shoulders").tools("massage-gun").card(),
        massage("tennis-ball-wall-release").posture(STANDING).pressure(MODERATE).seconds(90)
            .areas("shoulders", "upper-back", "chest").tools("tennis-ball", "wall").card(),
        massage("golf-ball-wall-release").posture(STANDING).seconds(90).areas("shoulders", "upper-back", "chest").tools("golf-ball", "wall").card(),
        massage("self-neck-massage").pressure(MODERATE).areas("neck", "shoulders").card(),
        massage("neck-shoulder-kneading").by(PARTNER).pressure(MODERATE).areas("neck", "shoulders").card(),
        massage("neck-massager-release").pressure(MODERATE).seconds(90).areas("neck", "shoulders").tools("neck-massager").card(),
        massage("head-temple-massage").by(ANY).seconds(90).areas("head").card(),
        massage("chest-self-massage").seconds(90).areas("chest").card(),
        massage("abdominal-massage").posture(LYING_ON_BACK).areas("abdomen").card(),
        massage("seated-glute-hip-massage").pressure(MODERATE).seconds(90).areas("glutes", "hips").card(),
        massage("hip-kneading").by(PARTNER).posture(SIDE_LYING).pressure(MODERATE).twoSided().areas("hips", "glutes").card(),
        massage("thigh-self-kneading").pressure(MODERATE).twoSided().areas("thighs", "hamstrings", "it-band").card(),
        massage("calf-self-kneading").pressure(MODERATE).twoSided().areas("calves").card(),
        massage("foam-roll-calves").pressure(MODERATE).seconds(90).areas("calves").tools("foam-roller").card(),
        massage("foam-roll-thighs").posture(SIDE_LYING).pressure(MODERATE).twoSided().areas("thighs", "it-band").tools("foam-roller").card(),
        massage("foam-roll-hamstrings-glutes").pressure(MODERATE).areas("hamstrings", "glutes").tools("foam-roller").card(),
        massage("massage-gun-legs").pressure(FIRM).areas("thighs", "hamstrings", "calves", "glutes").tools("massage-gun").card(),
        massage("foot-ball-roll").pressure(MODERATE).twoSided().areas("feet").tools("tennis-ball").card(),
        massage("foot-golf-ball-roll").posture(STANDING).seconds(60).twoSided().areas("feet").tools("golf-ball").card(),
        massage("foot-hand-massage").by(ANY).pressure(MODERATE).twoSided().areas("feet").card(),
        stretch("flat-back-90-90").posture(LYING_ON_BACK).seconds(90).phases(STRETCH, COOL_DOWN).areas("lower-back").tools("couch").card(),
        stretch("thread-the-needle").posture(LYING_ON_BACK).seconds(90).twoSided().areas("glutes", "hips", "lower-back").card(),
        stretch("supine-twist").posture(LYING_ON_BACK).twoSided().rotates().areas("lower-back", "upper-back").card(),
        stretch("cat-cow").posture(KNEELING).phases(WARM_UP, STRETCH).areas("upper-back", "lower-back", "neck").card(),
        stretch("knees-to-chest").posture(LYING_ON_BACK).phases(STRETCH, COOL_DOWN).areas("lower-back", "glutes").card(),
        stretch("childs-pose").posture(KNEELING).phases(STRETCH, COOL_DOWN).areas("upper-back", "lower-back", "shoulders", "hips").card(),
        stretch("seated-figure-four").posture(SEATED).twoSided().areas("glutes", "hips").tools("chair").card(),
        stretch("seated-twist").posture(SEATED).twoSided().rotates().areas("upper-back", "lower-back").tools("chair").card(),
        stretch("neck-side-stretch").posture(SEATED).twoSided().areas("neck", "shoulders").card(),
        stretch("chin-tuck").posture(SEATED).areas("neck", "head").card(),
        stretch("doorway-chest-stretch").twoSided().areas("chest", "shoulders").tools("wall").card(),
        stretch("cross-body-shoulder-stretch").twoSided().areas("shoulders", "upper-back").card(),
        stretch("standing-side-bend").twoSided().areas("abdomen").card(),
        stretch("standing-quad-stretch").twoSided().areas("thighs").tools("wall").card(),
        stretch("seated-hamstring-stretch").posture(SEATED).twoSided().areas("hamstrings").tools("chair").card(),
        stretch("standing-it-band-stretch").twoSided().areas("it-band", "hips").card(),
        stretch("kneeling-hip-flexor-stretch").posture(KNEELING).twoSided().areas("hips", "thighs").card(),
        stretch("wall-calf-stretch").twoSided().areas("calves").tools("wall").card(),
        stretch("seated-toe-stretch").posture(SEATED).twoSided().areas("feet").card());

    static final List<Restriction> RESTRICTIONS = restrictions();

    static final List<RedFlagCard> RED_FLAGS = redFlags();

    static final SafetyCatalog CATALOG = new SafetyCatalog(TECHNIQUES, AREAS, TOOLS, ALWAYS_AVAILABLE, CONDITIONS,
        LOCAL, RESTRICTIONS, RED_FLAGS);

    private CatalogFixture() {
    }

    static TechniqueCard technique(String slug) {
        return TECHNIQUES.stream().filter(technique -> technique.slug().equals(slug)).findFirst()
            .orElseThrow(() -> new IllegalArgumentException("no technique " + slug + " in the fixture"));
    }

    /** The condition's restriction rows in catalog order; {@code row} counts from 0. */
    static Restriction restriction(String condition, int row) {
        return RESTRICTIONS.stream().filter(restriction -> restriction.condition().equals(condition)).toList().get(row);
    }

    static RoutineBuilder builder() {
        return new RoutineBuilder(CATALOG);
    }

    static RequestBuilder request(String... areas) {
        return new RequestBuilder(List.of(areas));
    }

    static TechniqueBuilder massage(String slug) {
        return new TechniqueBuilder(slug, TechniqueKind.MASSAGE, Performer.SELF, SEATED, 120, Phase.MASSAGE);
    }

    static TechniqueBuilder stretch(String slug) {
        return new TechniqueBuilder(slug, TechniqueKind.STRETCH, ANY, STANDING, 60, STRETCH);
    }

    static RestrictionBuilder rule(String condition) {
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

    private static List<RedFlagCard> redFlags() {
        List<RedFlagCard> flags = new ArrayList<>();
        EMERGENCY_FLAGS.forEach(slug -> flags.add(new RedFlagCard(slug, "Flag " + slug, Urgency.EMERGENCY)));
        URGENT_FLAGS.forEach(slug -> flags.add(new RedFlagCard(slug, "Flag " + slug, Urgency.URGENT)));
        return List.copyOf(flags);
    }

    /** A technique card with the fixture's defaults: light, one side, hands only, one instruction. */
    static final class TechniqueBuilder {
        private final String slug;
        private final TechniqueKind kind;
        private Performer performer;
        private Posture posture;
        private Pressure pressure = LIGHT;
        private int seconds;
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

        TechniqueBuilder by(Performer value) {
            performer = value;
            return this;
        }

        TechniqueBuilder posture(Posture value) {
            posture = value;
            return this;
        }

        TechniqueBuilder pressure(Pressure value) {
            pressure = value;
            return this;
        }

        TechniqueBuilder seconds(int value) {
            seconds = value;
            return this;
        }

        TechniqueBuilder twoSided() {
            sides = 2;
            return this;
        }

        TechniqueBuilder rotates() {
            movement = Movement.SPINAL_ROTATION;
            return this;
        }

        TechniqueBuilder phases(Phase... values) {
            phases = Set.of(values);
            return this;
        }

        TechniqueBuilder areas(String... values) {
            areas = List.of(values);
            return this;
        }

        TechniqueBuilder tools(String... values) {
            tools = List.of(values);
            return this;
        }

        TechniqueCard card() {
            return new TechniqueCard(slug, slug.replace('-', ' '), kind, performer, posture, pressure, seconds, sides,
                movement, phases, areas, tools, List.of("Go slowly."), List.of());
        }
    }

    /** A restriction row; unset criteria match anything, the scope is any area unless set. */
    static final class RestrictionBuilder {
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

        RestrictionBuilder kind(TechniqueKind value) {
            kind = value;
            return this;
        }

        RestrictionBuilder affected() {
            scope = AreaScope.AFFECTED;
            return this;
        }

        RestrictionBuilder listed(String... areas) {
            scope = AreaScope.LISTED;
            listed = Set.of(areas);
            return this;
        }

        RestrictionBuilder tool(String value) {
            tool = value;
            return this;
        }

        RestrictionBuilder posture(Posture value) {
            posture = value;
            return this;
        }

        RestrictionBuilder movement(Movement value) {
            movement = value;
            return this;
        }

        RestrictionBuilder maxPressure(Pressure value) {
            maxPressure = value;
            return this;
        }

        RestrictionBuilder waivedByClearance() {
            waived = true;
            return this;
        }

        Restriction because(String reason) {
            return new Restriction(condition, kind, scope, listed, tool, posture, movement, maxPressure, waived, reason);
        }
    }

    /** A request with the fixture's defaults: self, 15 minutes, no tools, no conditions, no pain. */
    static final class RequestBuilder {
        private final List<String> areas;
        private Set<String> tools = Set.of();
        private int minutes = 15;
        private Performer performer = Performer.SELF;
        private Set<String> conditions = Set.of();
        private Set<String> affected = Set.of();
        private Set<String> redFlags = Set.of();
        private int painLevel;
        private int painWeeks;
        private boolean cleared;

        private RequestBuilder(List<String> areas) {
            this.areas = areas;
        }

        RequestBuilder tools(String... values) {
            tools = Set.of(values);
            return this;
        }

        RequestBuilder allTools() {
            tools = OWNED_TOOLS;
            return this;
        }

        RequestBuilder minutes(int value) {
            minutes = value;
            return this;
        }

        RequestBuilder by(Performer value) {
            performer = value;
            return this;
        }

        RequestBuilder partner() {
            return by(PARTNER);
        }

        RequestBuilder conditions(String... values) {
            conditions = Set.of(values);
            return this;
        }

        RequestBuilder affected(String... values) {
            affected = Set.of(values);
            return this;
        }

        RequestBuilder redFlags(String... values) {
            redFlags = Set.of(values);
            return this;
        }

        RequestBuilder pain(int level, int weeks) {
            painLevel = level;
            painWeeks = weeks;
            return this;
        }

        RequestBuilder cleared() {
            cleared = true;
            return this;
        }

        RoutineRequest build() {
            return new RoutineRequest(areas, tools, minutes, performer, conditions, affected, redFlags, painLevel,
                painWeeks, cleared);
        }
    }
}
