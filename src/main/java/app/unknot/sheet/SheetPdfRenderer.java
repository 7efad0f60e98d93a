package app.unknot.sheet;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.swing.NaiveUserAgent;
import com.openhtmltopdf.util.XRLog;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;
import org.w3c.dom.Document;

/**
 * Renders a page template to PDF: Thymeleaf to HTML inside the current request (so {@code @{...}}
 * links resolve as on the page), jsoup and W3CDom to the well-formed DOM openhtmltopdf needs, then
 * openhtmltopdf with its built-in PDF fonts.
 */
@Component
class SheetPdfRenderer {

    /**
     * The only files a PDF may load: the app's own stylesheets, by the content-hashed address the
     * page gives them (group 1 is the file's own name). Images come inline as data: URIs.
     */
    private static final Pattern STYLESHEET = Pattern.compile("/css/([a-z-]+?)(?:-[0-9a-f]{32})?\\.css");
    private static final String STATIC = "classpath:/static";

    private final ITemplateEngine templates;

    SheetPdfRenderer(ITemplateEngine templates) {
        this.templates = templates;
        // openhtmltopdf logs through one static logger of its own; point it at ours once.
        XRLog.setLoggerImpl(new PdfRendererLog());
    }

    byte[] render(String template, Map<String, Object> model, Locale locale, HttpServletRequest request,
                  HttpServletResponse response) {
        var exchange = JakartaServletWebApplication.buildApplication(request.getServletContext())
            .buildExchange(request, response);
        String html = templates.process(template, new WebContext(exchange, locale, model));
        Document document = new W3CDom().fromJsoup(Jsoup.parse(html));
        var pdf = new ByteArrayOutputStream();
        var builder = new PdfRendererBuilder();
        builder.useFastMode();
        builder.withW3cDocument(document, STATIC + "/");
        builder.useUriResolver((base, uri) -> resolve(uri, request.getContextPath()));
        builder.useProtocolsStreamImplementation(new NaiveUserAgent.ClassPathStreamFactory(), "classpath");
        builder.toStream(pdf);
        try {
            builder.run();
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        return pdf.toByteArray();
    }

    /** How many pages a PDF this renderer made has. */
    static int pages(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return document.getNumberOfPages();
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    /**
     * Our stylesheets from the classpath and inline images; nothing from the network. openhtmltopdf
     * resolves a URI again once resolved, so an answer of ours must resolve to itself.
     */
    private static String resolve(String uri, String contextPath) {
        if (uri.startsWith("data:")) {
            return uri;
        }
        String path = uri.startsWith(STATIC) ? uri.substring(STATIC.length())
            : uri.startsWith(contextPath) ? uri.substring(contextPath.length()) : uri;
        Matcher stylesheet = STYLESHEET.matcher(path);
        return stylesheet.matches() ? STATIC + "/css/" + stylesheet.group(1) + ".css" : null;
    }
}
