package app.unknot.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PublicUrlTests {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"https://unknot.example.org", "https://unknot.example.org/", " https://unknot.example.org "})
    void aConfiguredAddressIsUsedWithOrWithoutItsTrailingSlash(String configured) {
        assertThat(new PublicUrl(configured).of("/routines/{id}", "abc")).isEqualTo("https://unknot.example.org/routines/abc");
    }

    @Test
    void anAddressUnderAPathKeepsIt() {
        assertThat(new PublicUrl("https://clinic.example/unknot").of("/routines/{id}", "abc"))
            .isEqualTo("https://clinic.example/unknot/routines/abc");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"unknot.example.org", "/routines", "ftp://unknot.example.org", "https://x.example/?a=1",
        "javascript:alert(1)"})
    void anAddressThatIsNotAWebAddressStopsTheStart(String configured) {
        assertThatIllegalStateException().isThrownBy(() -> new PublicUrl(configured));
    }
}
