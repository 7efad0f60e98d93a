package app.unknot.sheet;

import app.unknot.routine.RoutineService;
import app.unknot.routine.RoutineView;
import app.unknot.system.Dates;
import app.unknot.system.InvalidParameterException;
import app.unknot.system.PublicUrl;
import app.unknot.system.SpokenLanguages;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The printable routine sheet, as a page and as a PDF rendered from the same template, in the language
 * of a therapist's handout whatever the reader's (the paper still follows where the reader is).
 */
@Controller
class SheetController {

    private static final String TEMPLATE = "sheet/sheet";
    /** A box for notes is worth a page only while the sheet stays within two. */
    private static final int MOST_PAGES_WITH_BOX = 2;
    /** The one parameter a sheet reads; a link with others is refused, so no one makes the PDF render again at will. */
    private static final String PAPER = "paper";
    /** Two PDFs render at once on a 2-core machine; the next waits up to 10 s, then gets a 429. */
    private final RenderLimit renders = new RenderLimit(2, Duration.ofSeconds(10));

    private final RoutineService routines;
    private final QrCodes qrCodes;
    private final SheetPdfRenderer pdfRenderer;
    private final PublicUrl publicUrl;

    SheetController(RoutineService routines, QrCodes qrCodes, SheetPdfRenderer pdfRenderer, PublicUrl publicUrl) {
        this.routines = routines;
        this.qrCodes = qrCodes;
        this.pdfRenderer = pdfRenderer;
        this.publicUrl = publicUrl;
    }

    /** The sheet, for A4 or US Letter: {@code ?paper=}, or the paper usual where the reader's browser says they are. */
    @GetMapping("/routines/{id}/sheet")
    String sheet(@PathVariable String id, @RequestParam(required = false) String paper, Locale locale,
                 HttpServletRequest request, Model model) {
        refuseOtherParameters(request);
        Paper size = Paper.of(paper, locale);
        RoutineView routine = handout(id, locale).withSteps();
        Locale printed = routine.handout().printedIn(locale);
        SpokenLanguages.answerIn(request, printed);
        model.addAllAttributes(sheetModel(routine, printed, size, false, true));
        return TEMPLATE;
    }

    /** The sheet as a PDF, with a box for notes while that still fits its pages. */
    @GetMapping("/routines/{id}/sheet.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable String id, @RequestParam(required = false) String paper, Locale locale,
                               HttpServletRequest request, HttpServletResponse response) {
        refuseOtherParameters(request);
        Paper size = Paper.of(paper, locale);
        RoutineView routine = handout(id, locale).withSteps();
        Locale printed = routine.handout().printedIn(locale);
        byte[] pdf = renders.run(() -> render(routine, printed, size, request, response));
        String filename = "unknot-routine-" + routine.id() + ".pdf";
        return ResponseEntity.ok()
            .contentType(MediaType.APPLICATION_PDF)
            .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(filename).build().toString())
            .body(pdf);
    }

    /**
     * The routine as its handout prints, in the language the therapist chose for it, else the reader's.
     * It never changes for a saved routine, so the sheets kept in memory by the reader's language hold.
     */
    private RoutineView handout(String id, Locale reader) {
        RoutineView routine = routines.view(id, reader);
        Locale printed = routine.handout().printedIn(reader);
        return printed.equals(reader) ? routine : routines.view(id, printed);
    }

    private static void refuseOtherParameters(HttpServletRequest request) {
        request.getParameterMap().keySet().stream().filter(name -> !PAPER.equals(name)).findFirst().ifPresent(name -> {
            throw new InvalidParameterException("sheet", name);
        });
    }

    private byte[] render(RoutineView routine, Locale locale, Paper size, HttpServletRequest request, HttpServletResponse response) {
        byte[] pdf = pdfRenderer.render(TEMPLATE, sheetModel(routine, locale, size, true, true), locale, request, response);
        int pages = SheetPdfRenderer.pages(pdf);
        if (pages > MOST_PAGES_WITH_BOX) {
            byte[] withoutBox = pdfRenderer.render(TEMPLATE, sheetModel(routine, locale, size, true, false), locale, request,
                response);
            if (SheetPdfRenderer.pages(withoutBox) < pages) {
                pdf = withoutBox;
            }
        }
        return pdf;
    }

    private Map<String, Object> sheetModel(RoutineView routine, Locale locale, Paper paper, boolean pdf, boolean notesBox) {
        // Whoever scans the sheet opens the routine in the language it is printed in.
        String url = publicUrl.of("/routines/{id}?lang={language}", routine.id(), locale.getLanguage());
        Map<String, Object> model = new HashMap<>();
        model.put("routine", routine);
        model.put("routineUrl", url);
        model.put("qrCode", qrCodes.svgDataUri(url));
        model.put("cautions", SheetCautions.of(routine.steps()));
        model.put("builtOn", Dates.of(routine.createdAt(), locale));
        model.put("pdf", pdf);
        model.put("paper", paper);
        model.put("papers", Paper.values());
        model.put("notesBox", notesBox);
        return model;
    }
}
