package io.switchboard.flow.safety;

import java.math.BigInteger;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Locale;

/**
 * A host or a CIDR range, matched against a URL's host as written. Only literal addresses are compared with ranges:
 * nothing is looked up in DNS (checking a flow never reaches the network).
 */
final class HostRule {

    private HostRule() {
    }

    static boolean matches(String rule, String host) {
        int slash = rule.indexOf('/');
        if (slash < 0) {
            return rule.equalsIgnoreCase(host);
        }
        byte[] address = literal(host);
        byte[] network = literal(rule.substring(0, slash));
        if (address == null || network == null || address.length != network.length) {
            return false;
        }
        int bits = Integer.parseInt(rule.substring(slash + 1));
        int total = address.length * 8;
        BigInteger mask = BigInteger.ONE.shiftLeft(total).subtract(BigInteger.ONE)
                .xor(BigInteger.ONE.shiftLeft(total - bits).subtract(BigInteger.ONE));
        return new BigInteger(1, address).and(mask).equals(new BigInteger(1, network).and(mask));
    }

    static boolean isLoopback(String host) {
        if (host.toLowerCase(Locale.ROOT).equals("localhost")) {
            return true;
        }
        byte[] address = literal(host);
        return address != null && (address.length == 4 ? address[0] == 127
                : new BigInteger(1, address).equals(BigInteger.ONE));
    }

    /** The bytes of a literal IPv4 or IPv6 address; null for a name (which is not resolved). */
    private static byte[] literal(String host) {
        // Also the short forms a resolver takes as addresses ("2852039166", "169.254.43518").
        boolean ipv4 = host.matches("\\d+(\\.\\d+){0,3}");
        boolean ipv6 = host.contains(":") && host.matches("[0-9A-Fa-f:.]+");
        if (!ipv4 && !ipv6) {
            return null;
        }
        try {
            // A literal is parsed, not looked up.
            return InetAddress.getByName(host).getAddress();
        } catch (UnknownHostException e) {
            return null;
        }
    }
}
