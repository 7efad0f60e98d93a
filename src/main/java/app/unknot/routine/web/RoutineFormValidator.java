package app.unknot.routine.web;

import app.unknot.catalog.Catalog;
import org.springframework.validation.Errors;
import org.springframework.validation.Validator;
import org.springframework.web.bind.WebDataBinder;

/**
 * The second half of the one validation path for the builder form and the JSON API: once Bean
 * Validation has passed, the answers are checked against the catalog (unknown slugs, a local
 * condition without its areas). Both controllers hand their binders to {@link #bind}, and only the
 * form's own plain fields bind: no indexed or nested paths.
 */
final class RoutineFormValidator implements Validator {

    private final Catalog catalog;

    RoutineFormValidator(Catalog catalog) {
        this.catalog = catalog;
    }

    void bind(WebDataBinder binder) {
        binder.setAllowedFields(RoutineForm.FIELDS.toArray(String[]::new));
        binder.addValidators(this);
    }

    @Override
    public boolean supports(Class<?> type) {
        return RoutineForm.class.equals(type);
    }

    @Override
    public void validate(Object target, Errors errors) {
        if (errors.hasErrors()) {
            return;
        }
        ((RoutineForm) target).toRequest().problems(catalog)
            .forEach(problem -> errors.rejectValue(problem.field(), problem.code()));
    }
}
