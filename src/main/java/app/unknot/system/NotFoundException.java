package app.unknot.system;

/**
 * Nothing exists under the name asked for: answered with a 404 page or problem details. The name
 * itself stays out of the message, so no answer repeats what a visitor typed.
 */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String what) {
        super("There is no " + what + " at this address.");
    }
}
