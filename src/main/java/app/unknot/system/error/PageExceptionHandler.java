package app.unknot.system.error;

import app.unknot.system.BusyException;
import app.unknot.system.ConflictException;
import app.unknot.system.InvalidParameterException;
import app.unknot.system.NotFoundException;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/** Friendly error pages, in the app's layout, for the HTML controllers. */
@ControllerAdvice(annotations = Controller.class)
@Order(Ordered.LOWEST_PRECEDENCE)
class PageExceptionHandler {

    @ExceptionHandler(NotFoundException.class)
    ModelAndView notFound() {
        return new ModelAndView("error/404", HttpStatus.NOT_FOUND);
    }

    @ExceptionHandler(ConflictException.class)
    ModelAndView conflict(ConflictException ex) {
        var page = new ModelAndView("error/409", HttpStatus.CONFLICT);
        page.addObject("conflict", ex);
        return page;
    }

    @ExceptionHandler(BusyException.class)
    ModelAndView busy(BusyException ex, HttpServletResponse response) {
        response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(ex.getRetryAfterSeconds()));
        var page = new ModelAndView("error/429", HttpStatus.TOO_MANY_REQUESTS);
        page.addObject("busy", ex);
        return page;
    }

    @ExceptionHandler(InvalidParameterException.class)
    ModelAndView badParameter(InvalidParameterException ex) {
        var page = new ModelAndView("error/400", HttpStatus.BAD_REQUEST);
        page.addObject("invalid", ex);
        return page;
    }
}
