package app.unknot.system.web;

import java.util.Set;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.context.ITemplateContext;
import org.thymeleaf.dialect.AbstractDialect;
import org.thymeleaf.dialect.IExpressionObjectDialect;
import org.thymeleaf.expression.IExpressionObjectFactory;
import org.thymeleaf.expression.Messages;

/**
 * Adds {@code #durations} to every template: {@code ${#durations.of(seconds)}} reads "2 min 30 s"
 * from the one {@code duration} message, so no template does minutes-and-seconds arithmetic.
 */
@Component
class DurationsDialect extends AbstractDialect implements IExpressionObjectDialect {

    private static final String NAME = "durations";

    DurationsDialect() {
        super("Unknot durations");
    }

    @Override
    public IExpressionObjectFactory getExpressionObjectFactory() {
        return new IExpressionObjectFactory() {

            @Override
            public Set<String> getAllExpressionObjectNames() {
                return Set.of(NAME);
            }

            @Override
            public Object buildObject(IExpressionContext context, String name) {
                return new Durations(new Messages((ITemplateContext) context));
            }

            @Override
            public boolean isCacheable(String name) {
                return true;
            }
        };
    }

    /** Durations as words. Public for the templates. */
    public static final class Durations {

        private final Messages messages;

        Durations(Messages messages) {
            this.messages = messages;
        }

        public String of(int seconds) {
            return messages.msg("duration", seconds / 60, seconds % 60);
        }
    }
}
