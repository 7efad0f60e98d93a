package app.unknot.system;

/**
 * Nothing exists under the name asked for: answered with a 404 page or problem, explained by the
 * message {@code notFound.<what>}. The name itself is never repeated back.
 */
public class NotFoundException extends ExplainedException {

    public NotFoundException(String what) {
        super("no " + what, "notFound." + what);
    }
}
