package app.unknot.system.limit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Whom a limit counts: an IPv4 address as it is, an IPv6 client by its /64, and never a DNS look-up. */
class ClientAddressTests {

    @ParameterizedTest(name = "{0} counts as {1}")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
        203.0.113.7                             | 203.0.113.7
        2001:db8:1:2:aaaa:bbbb:cccc:dddd        | 20010db800010002/64
        2001:db8:1:2::1                         | 20010db800010002/64
        2001:0DB8:0001:0002:0:0:0:ffff          | 20010db800010002/64
        2001:db8:1:3::1                         | 20010db800010003/64
        0:0:0:0:0:0:0:1                         | 0000000000000000/64
        ::ffff:192.0.2.1                        | 192.0.2.1
        evil.example                            | evil.example
        2001:db8::zz                            | 2001:db8::zz
        null                                    | unknown
        """)
    void theClientIs(String remoteAddress, String client) {
        assertThat(ClientAddress.of(remoteAddress)).isEqualTo(client);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "'2001:db8:1:2::1', '2001:db8:1:2:ffff:ffff:ffff:ffff', true",
        "'2001:db8:1:2::1', '2001:db8:1:3::1', false",
        "'203.0.113.7', '203.0.113.8', false"})
    void oneHomeIsOneClient(String one, String other, boolean same) {
        assertThat(ClientAddress.of(one).equals(ClientAddress.of(other))).isEqualTo(same);
    }

    @ParameterizedTest
    @CsvSource({"x", "'not an address, and far longer than any address could ever be written out'"})
    void anythingElseIsCutShort(String junk) {
        assertThat(ClientAddress.of(junk)).hasSizeLessThanOrEqualTo(45).isEqualTo(junk.substring(0, Math.min(45, junk.length())));
    }
}
