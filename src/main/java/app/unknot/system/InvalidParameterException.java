package app.unknot.system;

/**
 * A request parameter has a value the app cannot use: answered with a 400 naming the parameter,
 * explained by the message {@code invalid.<parameter>} with these arguments.
 */
public class InvalidParameterException extends ExplainedException {

    private final String parameter;
    private final transient Object[] arguments;

    public InvalidParameterException(String parameter, Object... arguments) {
        super("invalid " + parameter, "invalid." + parameter);
        this.parameter = parameter;
        this.arguments = arguments.clone();
    }

    public String getParameter() {
        return parameter;
    }

    public Object[] getArguments() {
        return arguments.clone();
    }
}
