package app.unknot.sheet;

import app.unknot.routine.RoutineService;
import app.unknot.routine.RoutineView;
import app.unknot.system.Dates;
import app.unknot.system.PublicUrl;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
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

/** The printable routine sheet, as a page and as a PDF rendered from the same template. */
@Controller
class SheetController {

    private static final String TEMPLATE = "sheet/sheet";

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

    @GetMapping("/routines/{id}/sheet")
    String sheet(@PathVariable String id, Locale locale, Model model) {
        model.addAllAttributes(sheetModel(routines.view(id, locale).withSteps(), locale, false));
        return TEMPLATE;
    }

    @GetMapping("/routines/{id}/sheet.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable String id, Locale locale, HttpServletRequest request,
                               HttpServletResponse response) {
        RoutineView routine = routines.view(id, locale).withSteps();
        byte[] pdf = pdfRenderer.render(TEMPLATE, sheetModel(routine, locale, true), locale, request, response);
        String filename = "unknot-routine-" + routine.id() + ".pdf";
        return ResponseEntity.ok()
            .contentType(MediaType.APPLICATION_PDF)
            .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(filename).build().toString())
            .body(pdf);
    }

    private Map<String, Object> sheetModel(RoutineView routine, Locale locale, boolean pdf) {
        String url = publicUrl.of("/routines/{id}", routine.id());
        Map<String, Object> model = new HashMap<>();
        model.put("routine", routine);
        model.put("routineUrl", url);
        model.put("qrCode", qrCodes.pngDataUri(url));
        model.put("cautions", SheetCautions.of(routine.steps()));
        model.put("builtOn", Dates.of(routine.createdAt(), locale));
        model.put("pdf", pdf);
        return model;
    }
}
