package app.unknot.system;

/** Nothing exists under the name asked for: answered with a 404 page or problem details. */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String what, String name) {
        super("No " + what + " called '" + name + "'");
    }
}
