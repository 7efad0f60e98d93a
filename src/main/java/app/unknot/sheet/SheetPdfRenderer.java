package app.unknot.sheet;

import app.unknot.catalog.picture.TechniquePictures;
import com.openhtmltopdf.extend.FSStream;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import com.openhtmltopdf.swing.NaiveUserAgent;
import com.openhtmltopdf.util.XRLog;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.HashMap;
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
 * openhtmltopdf with its built-in PDF fonts. The technique pictures the page links to are drawn
 * from {@link TechniquePictures} by Batik, as vector shapes.
 */
@Component
class SheetPdfRenderer {

    /**
     * The only files a PDF may load: the app's own stylesheets, by the content-hashed address the
     * page gives them (group 1 is the file's own name). Images come inline as data: URIs, or are
     * technique pictures (group 1 the slug), read through the {@value #PICTURE} scheme.
     */
    private static final Pattern STYLESHEET = Pattern.compile("/css/([a-z-]+?)(?:-[0-9a-f]{32})?\\.css");
    private static final Pattern PICTURE_PATH = Pattern.compile("/techniques/([a-z0-9-]+)/picture\\.svg");
    private static final String STATIC = "classpath:/static";
    private static final String PICTURE = "picture";

    private final ITemplateEngine templates;
    private final TechniquePictures pictures;

    SheetPdfRenderer(ITemplateEngine templates, TechniquePictures pictures) {
        this.templates = templates;
        this.pictures = pictures;
        // openhtmltopdf logs through one static logger of its own; point it at ours once.
        XRLog.setLoggerImpl(new PdfRendererLog());
    }

    byte[] render(String template, Map<String, Object> model, Locale locale, HttpServletRequest request,
                  HttpServletResponse response) {
        var exchange = JakartaServletWebApplication.buildApplication(request.getServletContext())
            .buildExchange(request, response);
        var variables = new HashMap<>(model);
        variables.put("pictures", pictures);
        String html = templates.process(template, new WebContext(exchange, locale, variables));
        Document document = new W3CDom().fromJsoup(Jsoup.parse(html));
        var pdf = new ByteArrayOutputStream();
        var builder = new PdfRendererBuilder();
        builder.useFastMode();
        builder.withW3cDocument(document, STATIC + "/");
        builder.useUriResolver((base, uri) -> resolve(uri, request.getContextPath()));
        builder.useProtocolsStreamImplementation(new NaiveUserAgent.ClassPathStreamFactory(), "classpath");
        builder.useProtocolsStreamImplementation(this::picture, PICTURE);
        builder.useSVGDrawer(new BatikSVGDrawer());
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
        if (uri.startsWith("data:") || uri.startsWith(PICTURE + ":")) {
            return uri;
        }
        String path = uri.startsWith(STATIC) ? uri.substring(STATIC.length())
            : uri.startsWith(contextPath) ? uri.substring(contextPath.length()) : uri;
        Matcher picture = PICTURE_PATH.matcher(path);
        if (picture.matches()) {
            return PICTURE + ":" + picture.group(1) + ".svg";
        }
        Matcher stylesheet = STYLESHEET.matcher(path);
        return stylesheet.matches() ? STATIC + "/css/" + stylesheet.group(1) + ".css" : null;
    }

    /** A technique picture's SVG, for {@code picture:<slug>.svg}. */
    private FSStream picture(String uri) {
        String slug = uri.substring(PICTURE.length() + 1, uri.length() - ".svg".length());
        String svg = pictures.picture(slug).svg();
        return new FSStream() {
            @Override
            public InputStream getStream() {
                return new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8));
            }

            @Override
            public Reader getReader() {
                return new StringReader(svg);
            }
        };
    }
}
