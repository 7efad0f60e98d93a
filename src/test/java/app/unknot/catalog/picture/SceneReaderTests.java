package app.unknot.catalog.picture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.unknot.catalog.content.CatalogContent;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.dataformat.yaml.YAMLMapper;

/** A scene file says what it means or the picture is not drawn: each mistake is named with its scene. */
class SceneReaderTests {

    private static final YAMLMapper YAML = YAMLMapper.builder().build();
    private static final String STANDING = "{person: {hip: [70, 53]}, draw: [floor, person]}";

    @Test
    void aSceneDrawsTheFigureWithItsWorkedAreaAndTheArrowsItNames() {
        SvgCanvas canvas = draw("{person: {hip: [70, 53]}, draw: [floor, person, {arrow: [[10, 10], {at: head, plus: [0, -5]}]}]}",
            Set.of("neck"));
        assertThat(canvas.toString()).contains(Figure.NEAR, Figure.WORKED, SvgCanvas.ARROW);
    }

    @Test
    void aHandReachesAPlaceOnItsOwnBody() {
        Body body = new Pose(new Point(60, 70), -90, Double.NaN, 0, Limb.reach(figure -> figure.onBone("torso", 0.4, 6), 1),
            Limb.angles(85, 85), Limb.angles(90, 90), Limb.angles(90, 90), Double.NaN, Double.NaN, false, false).body();
        assertThat(body.nearHand.distanceTo(body.torso(0.4, 6))).isLessThan(0.01);
    }

    @Test
    void theOtherHandReachesAPlaceOnTheNearArm() {
        Body body = new Pose(new Point(60, 70), -90, Double.NaN, 0, Limb.angles(90, 0),
            Limb.reach(figure -> figure.joint("near-elbow").between(figure.joint("near-hand"), 0.5), 1), Limb.angles(90, 90),
            Limb.angles(90, 90), Double.NaN, Double.NaN, false, false).body();
        assertThat(body.farHand.distanceTo(body.nearElbow.between(body.nearHand, 0.5))).isLessThan(0.01);
    }

    @Test
    void aFlatHandIsDrawnFromTheWrist() {
        String flat = draw("{person: {hip: [70, 53], hands: [-90, null]}, draw: [person, {person-hand: far}]}", Set.of()).toString();
        String round = draw(STANDING, Set.of()).toString();
        assertThat(flat.split("<line").length).isGreaterThan(round.split("<line").length);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        two people           | {person: {hip: [70, 53]}, front: {hip: [80, 64], torso: -90, head: -90}, draw: [person]} | one person
        nobody               | {draw: [floor]}                                                                           | one person
        a misspelt key       | {person: {hip: [70, 53], tosro: -80}, draw: [person]}                                      | unknown key tosro
        an unknown step      | {person: {hip: [70, 53]}, draw: [person, sofa]}                                            | unknown drawing step sofa
        nothing drawn        | {person: {hip: [70, 53]}, draw: []}                                                        | draw lists the steps
        a bend of 2          | {person: {hip: [70, 53], arms: [{reach: head, bend: 2}, [85, 85]]}, draw: [person]}         | 1 or -1, not 2
        one number for a hip | {person: {hip: [70]}, draw: [person]}                                                     | 2 numbers are wanted
        a place twice        | {person: {hip: [70, 53]}, draw: [{arrow: [{at: hip, torso: [0.5, 0]}, [1, 1]]}]}           | says where it starts once
        a lone point         | {person: {hip: [70, 53]}, draw: [{arrow: [[1, 1]]}]}                                       | two places or more
        a third foot         | {person: {hip: [70, 53], feet: [1, 2, 3]}, draw: [person]}                                 | feet are [near, far]
        sideways             | {person: {hip: [70, 53], facing: up}, draw: [person]}                                      | faces left or right, not up
        one-handed partner   | {person: {hip: [70, 53]}, partner: {hands: [hip]}, draw: [person]}                         | two hands
        a third hand         | {person: {hip: [70, 53]}, draw: [person, {person-hand: middle}]}                           | near or far (side view)
        a left hand sideways | {person: {hip: [70, 53]}, draw: [person, {person-hand: left}]}                             | a near and a far hand
        """)
    void aMistakeInASceneFileIsNamed(String mistake, String scene, String message) {
        assertThatThrownBy(() -> draw(scene, Set.of())).isInstanceOf(IllegalArgumentException.class)
            .hasMessageStartingWith("scene test: ").hasMessageContaining(message);
    }

    /** Places are found when the figure is drawn: a joint a side view lacks fails then, named. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
        {person: {hip: [70, 53]}, draw: [{loop: elbow}]}                                   | a figure seen from the side has no joint elbow
        {person: {hip: [70, 53]}, draw: [{loop: {forearm: [0.5, 0]}}]}                      | unknown key forearm
        {front: {hip: [80, 64], torso: -90, head: -90}, draw: [{loop: {torso: [0.5, 0]}}]} | seen from the front has no places along a bone
        {person: {hip: [70, 53], arms: [{reach: far-hand, bend: 1}, [85, 85]]}, draw: [person]} | the far-hand is placed after the arm that reaches for it
        """)
    void aPlaceTheFigureDoesNotHaveIsNamed(String scene, String message) {
        assertThatThrownBy(() -> draw(scene, Set.of())).hasMessageContaining(message);
    }

    @Test
    void everySceneFileIsShownByATechnique() {
        Set<String> shown = CatalogContent.illustrations().stream().flatMap(illustration -> illustration.scenes().stream())
            .collect(Collectors.toSet());
        assertThat(Scenes.in(Scenes.FOLDER).keySet()).hasSize(89).isEqualTo(shown);
    }

    @Test
    void aPersonStandingIsDrawnOnTheFloor() {
        assertThat(draw(STANDING, Set.of()).bounds()[3]).isEqualTo(Props.FLOOR_Y + 3);
    }

    private static SvgCanvas draw(String scene, Set<String> worked) {
        var canvas = new SvgCanvas();
        SceneReader.read("test", YAML.readTree(scene)).draw(canvas, worked);
        return canvas;
    }
}
