package app.unknot.system;

/**
 * A failure the person is told about in words: the message with this code says what went wrong.
 * The error handlers answer each kind with its own status, page and problem.
 */
public abstract class ExplainedException extends RuntimeException {

    private final String messageCode;

    protected ExplainedException(String message, String messageCode) {
        super(message);
        this.messageCode = messageCode;
    }

    public String getMessageCode() {
        return messageCode;
    }
}
