package app.unknot.catalog.picture;

import app.unknot.catalog.Translation;
import app.unknot.catalog.content.CatalogContent;
import app.unknot.system.NotFoundException;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * The techniques' pictures, drawn once at start-up from what each technique's content file says its
 * picture shows ({@link Illustration}): the position or the start and end positions ({@link Scenes}),
 * the areas to highlight and the words for it. PictureCoverageTests fails the build when a technique
 * in the catalog has no picture.
 */
@Component
public class TechniquePictures {

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
    private final Map<String, Translation> translations;

    TechniquePictures() {
        this(CatalogContent.illustrations(), CatalogContent.translations());
    }

    TechniquePictures(List<Illustration> illustrations) {
        this(illustrations, List.of());
    }

    TechniquePictures(List<Illustration> illustrations, List<Translation> translations) {
        this.translations = translations.stream().collect(Collectors.toUnmodifiableMap(Translation::language, Function.identity()));
        Map<String, Scene> scenes = Scenes.in(Scenes.FOLDER);
        Map<String, Picture> drawn = new LinkedHashMap<>();
        for (Illustration illustration : illustrations) {
            drawn.put(illustration.technique(), draw(illustration, scenes));
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

    /** The words a page gives for a technique's picture, its text alternative, in the reader's language; null when it has none. */
    public String text(String slug, Locale reader) {
        Picture picture = pictures.get(slug);
        Translation translation = translations.get(reader.getLanguage());
        return picture == null ? null : translation == null ? picture.text() : translation.text(picture.text());
    }

    private static Picture draw(Illustration illustration, Map<String, Scene> known) {
        String slug = illustration.technique();
        List<Scene> scenes = illustration.scenes().stream().map(name -> {
            Scene scene = known.get(name);
            if (scene == null) {
                throw new IllegalArgumentException("no scene " + name + " for " + slug);
            }
            return scene;
        }).toList();
        Set<String> worked = new LinkedHashSet<>(illustration.highlighted());
        boolean partner = illustration.scenes().stream().allMatch(Scenes::partner);
        return new Picture(slug, worked, illustration.text(), svg(scenes, worked, partner ? PARTNER_WIDTH : PRINTED_WIDTH,
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
}
