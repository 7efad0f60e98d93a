package app.unknot.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which time a session is dated by: the device's, within the bounds, else its arrival. */
class SessionTimeTests {

    private static final Instant NOW = Instant.parse("2026-12-04T12:00:00Z");

    @ParameterizedTest(name = "{0} from now is dated {1} from now")
    @CsvSource(nullValues = "none", textBlock = """
        # told,    dated
        none,      PT0S
        PT0S,      PT0S
        -PT1H,     -PT1H
        -P1D,      -P1D
        -P6DT23H,  -P6DT23H
        -P7D,      -P7D
        -P7DT1S,   PT0S
        -P30D,     PT0S
        -P3650D,   PT0S
        PT1M,      PT0S
        PT5M,      PT0S
        PT5M1S,    PT0S
        P1D,       PT0S
        """)
    void theDevicesTimeIsBelievedOnlyWithinTheBounds(Duration told, Duration dated) {
        assertThat(SessionTime.of(told == null ? null : NOW.plus(told), NOW)).isEqualTo(NOW.plus(dated));
    }
}
