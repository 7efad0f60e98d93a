package app.unknot.sheet;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.text.PDFTextStripper;

/** What a PDF says and where it links, for "contains" checks. */
final class PdfText {

    private PdfText() {
    }

    /** The text in reading order, with runs of white space as one space. */
    static String of(PDDocument pdf) throws IOException {
        var stripper = new PDFTextStripper();
        // openhtmltopdf writes some inline runs out of order; position puts them back as read.
        stripper.setSortByPosition(true);
        return stripper.getText(pdf).replaceAll("\\s+", " ");
    }

    /** The text without any spaces: a long address may be split into runs that extract with a gap. */
    static String squeezed(PDDocument pdf) throws IOException {
        return of(pdf).replace(" ", "");
    }

    static List<String> links(PDDocument pdf) throws IOException {
        List<String> links = new ArrayList<>();
        for (PDPage page : pdf.getPages()) {
            for (PDAnnotation annotation : page.getAnnotations()) {
                if (annotation instanceof PDAnnotationLink link && link.getAction() instanceof PDActionURI uri) {
                    links.add(uri.getURI());
                }
            }
        }
        return links;
    }
}
