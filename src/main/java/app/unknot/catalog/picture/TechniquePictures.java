package app.unknot.catalog.picture;

import app.unknot.system.NotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * The techniques' pictures, drawn once at start-up from {@code catalog/pictures.txt}: one line per
 * technique, {@code slug | scene[, scene] | highlighted areas}, naming the position or the start and
 * end positions it shows ({@link Scenes}). PictureCoverageTests fails the build when a technique
 * has no picture, or a picture highlights an area its technique does not work.
 */
@Component
public class TechniquePictures {

    static final String FILE = "/catalog/pictures.txt";
    /** Room around a cropped scene; the floor line reaches a little further. */
    private static final double MARGIN = 3;
    /** The box a picture is printed in, in CSS pixels: 32 × 16 mm. */
    private static final double PRINTED_WIDTH = 121;
    private static final double PRINTED_HEIGHT = 60;
    /**
     * A partner's massage is printed larger, within 44 × 20 mm: it is wide, two people on a bed, and the
     * hands on the back that say what to do are small.
     */
    private static final double PARTNER_WIDTH = 166;
    private static final double PARTNER_HEIGHT = 76;

    private final Map<String, Picture> pictures;

    TechniquePictures() {
        this(read());
    }

    TechniquePictures(List<String> lines) {
        Map<String, Picture> drawn = new LinkedHashMap<>();
        for (String line : lines) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            Picture picture = draw(line);
            if (drawn.put(picture.slug(), picture) != null) {
                throw new IllegalArgumentException("two pictures for " + picture.slug());
            }
        }
        this.pictures = Map.copyOf(drawn);
    }

    /** @throws NotFoundException when no technique has a picture with this slug */
    public Picture picture(String slug) {
        Picture picture = pictures.get(slug);
        if (picture == null) {
            throw new NotFoundException("technique");
        }
        return picture;
    }

    Set<String> slugs() {
        return pictures.keySet();
    }

    private static Picture draw(String line) {
        String[] fields = line.split("\\|");
        if (fields.length != 3) {
            throw new IllegalArgumentException("a picture line needs three fields: " + line);
        }
        String slug = fields[0].strip();
        List<String> names = Arrays.stream(fields[1].split(",")).map(String::strip).toList();
        List<Scene> scenes = names.stream().map(name -> {
            Scene scene = Scenes.BY_NAME.get(name);
            if (scene == null) {
                throw new IllegalArgumentException("no scene " + name + " for " + slug);
            }
            return scene;
        }).toList();
        Set<String> worked = new LinkedHashSet<>(Arrays.asList(fields[2].strip().split("\\s+")));
        boolean partner = names.stream().allMatch(Scenes::partner);
        return new Picture(slug, worked, svg(scenes, worked, partner ? PARTNER_WIDTH : PRINTED_WIDTH,
            partner ? PARTNER_HEIGHT : PRINTED_HEIGHT));
    }

    /**
     * The scenes side by side, each cropped to what it shows, a thin line between them. They share
     * one height, so a figure is the same size in both.
     */
    private static String svg(List<Scene> scenes, Set<String> worked, double printedWidth, double printedHeight) {
        List<SvgCanvas> panels = scenes.stream().map(scene -> {
            var panel = new SvgCanvas();
            scene.draw(panel, worked);
            return panel;
        }).toList();
        double top = panels.stream().mapToDouble(panel -> panel.bounds()[1]).min().orElseThrow() - MARGIN;
        double bottom = panels.stream().mapToDouble(panel -> panel.bounds()[3]).max().orElseThrow() + MARGIN;
        var picture = new SvgCanvas();
        double x = 0;
        for (SvgCanvas panel : panels) {
            double[] bounds = panel.bounds();
            if (x > 0) {
                picture.line(new Point(x, top + 6), new Point(x, bottom - 6), 0.8, SvgCanvas.FLOOR);
            }
            picture.open("g transform=\"translate(" + SvgCanvas.n(x + MARGIN + 4 - bounds[0]) + " 0)\"");
            picture.embed(panel);
            picture.close("g");
            x += bounds[2] - bounds[0] + 2 * (MARGIN + 4);
        }
        // The size it is printed at on the sheet: as large as fits the box. Pages set their own height.
        // Whole numbers: openhtmltopdf reads no others.
        double scale = Math.min(printedWidth / x, printedHeight / (bottom - top));
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 " + SvgCanvas.n(top) + " " + SvgCanvas.n(x) + " "
            + SvgCanvas.n(bottom - top) + "\" width=\"" + Math.round(scale * x) + "\" height=\"" + Math.round(scale * (bottom - top))
            + "\">"
            + picture + "</svg>";
    }

    private static List<String> read() {
        try (InputStream in = TechniquePictures.class.getResourceAsStream(FILE)) {
            if (in == null) {
                throw new IllegalStateException(FILE + " is missing");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }
}
