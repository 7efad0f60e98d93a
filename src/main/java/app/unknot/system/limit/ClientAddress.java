package app.unknot.system.limit;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * Whom a limit counts: the address the request came from ({@code request.getRemoteAddr()}, which
 * is the forwarded client only when the operator trusts a proxy's X-Forwarded-For). An IPv6 client
 * is its /64, the block one home or phone is given, so stepping through its addresses gains nothing.
 */
final class ClientAddress {

    private static final Pattern IPV4 = Pattern.compile("[0-9]{1,3}(\\.[0-9]{1,3}){3}");
    /** Longer than any address written out; anything else is cut, so a key stays short. */
    private static final int MOST_CHARACTERS = 45;
    private static final int PREFIX_BYTES = 8;

    private ClientAddress() {
    }

    static String of(String remoteAddress) {
        if (remoteAddress == null || remoteAddress.isEmpty()) {
            return "unknown";
        }
        if (remoteAddress.indexOf(':') >= 0) {
            return ipv6(remoteAddress);
        }
        if (IPV4.matcher(remoteAddress).matches()) {
            return remoteAddress;
        }
        return cut(remoteAddress);
    }

    /** A text with a colon is read as an IPv6 literal and never looked up in DNS. */
    private static String ipv6(String address) {
        try {
            InetAddress parsed = InetAddress.getByName(address);
            if (parsed instanceof Inet6Address) {
                byte[] prefix = new byte[PREFIX_BYTES];
                System.arraycopy(parsed.getAddress(), 0, prefix, 0, PREFIX_BYTES);
                return HexFormat.of().formatHex(prefix) + "/64";
            }
            // An IPv4 address written as IPv6 (::ffff:192.0.2.1) is that IPv4 client.
            return parsed.getHostAddress();
        }
        catch (UnknownHostException notAnAddress) {
            return cut(address);
        }
    }

    private static String cut(String address) {
        return address.length() > MOST_CHARACTERS ? address.substring(0, MOST_CHARACTERS) : address;
    }
}
