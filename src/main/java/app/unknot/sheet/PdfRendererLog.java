package app.unknot.sheet;

import com.openhtmltopdf.util.Diagnostic;
import com.openhtmltopdf.util.XRLogger;
import java.util.logging.Level;
import org.slf4j.LoggerFactory;
import org.slf4j.spi.LoggingEventBuilder;

/**
 * openhtmltopdf's log, sent to the app's logging instead of straight to the console. Its INFO is
 * chatter on every render ("Using fast-mode renderer"), so it becomes DEBUG; warnings stay warnings.
 */
final class PdfRendererLog implements XRLogger {

    @Override
    public void log(String where, Level level, String message) {
        log(where, level, message, null);
    }

    @Override
    public void log(String where, Level level, String message, Throwable error) {
        LoggingEventBuilder event = LoggerFactory.getLogger(where).atLevel(slf4j(level)).setMessage(message);
        (error == null ? event : event.setCause(error)).log();
    }

    /** Levels come from the app's logging configuration, as for every other logger. */
    @Override
    public void setLevel(String logger, Level level) {
    }

    @Override
    public boolean isLogLevelEnabled(Diagnostic diagnostic) {
        return LoggerFactory.getLogger(diagnostic.getLogMessageId().getWhere())
            .isEnabledForLevel(slf4j(diagnostic.getLevel()));
    }

    private static org.slf4j.event.Level slf4j(Level level) {
        if (level.intValue() >= Level.SEVERE.intValue()) {
            return org.slf4j.event.Level.ERROR;
        }
        if (level.intValue() >= Level.WARNING.intValue()) {
            return org.slf4j.event.Level.WARN;
        }
        return level.intValue() >= Level.INFO.intValue() ? org.slf4j.event.Level.DEBUG : org.slf4j.event.Level.TRACE;
    }
}
