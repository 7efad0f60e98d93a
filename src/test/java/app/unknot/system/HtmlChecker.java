package app.unknot.system;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import nu.validator.validation.SimpleDocumentValidator;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * The Nu Html Checker, embedded: set up once (about a second), then a few milliseconds a page.
 * Errors come back with their line and the markup they are about; warnings are not errors.
 */
final class HtmlChecker implements ErrorHandler {

    private final SimpleDocumentValidator validator = new SimpleDocumentValidator(true, false, false);
    private String[] lines = {};
    private final List<String> errors = new ArrayList<>();

    HtmlChecker() throws Exception {
        validator.setUpMainSchema("http://s.validator.nu/html5-all.rnc", this);
        validator.setUpValidatorAndParsers(this, false, false);
    }

    synchronized List<String> errors(String html) throws IOException, SAXException {
        lines = html.split("\n", -1);
        errors.clear();
        validator.checkHtmlInputSource(new InputSource(new StringReader(html)));
        return List.copyOf(errors);
    }

    @Override
    public void warning(SAXParseException ex) {
    }

    @Override
    public void error(SAXParseException ex) {
        int line = ex.getLineNumber();
        String extract = line >= 1 && line <= lines.length ? lines[line - 1].strip() : "";
        errors.add("line " + line + ": " + ex.getMessage() + "\n    " + extract);
    }

    @Override
    public void fatalError(SAXParseException ex) {
        error(ex);
    }
}
