package io.fedemu.certs;

import java.net.InetAddress;
import java.net.UnknownHostException;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.util.IPAddress;

/** Host names and address literals as they go into SANs and name constraints. */
final class HostNames {
    private HostNames() {}

    /** Without the brackets a URL puts around an IPv6 literal. */
    static String bare(String name) {
        return name.startsWith("[") && name.endsWith("]") ? name.substring(1, name.length() - 1) : name;
    }

    static boolean isAddress(String name) {
        return IPAddress.isValid(bare(name));
    }

    /** An iPAddress for an address literal, else a dNSName. */
    static GeneralName generalName(String name) {
        String bare = bare(name);
        return IPAddress.isValid(bare)
                ? new GeneralName(GeneralName.iPAddress, bare)
                : new GeneralName(GeneralName.dNSName, name);
    }

    /**
     * One spelling per address, so a set never holds "::1" and "0:0:0:0:0:0:0:1" as two entries: the JDK's
     * form with its first run of zero groups folded to "::".
     */
    static String canonicalAddress(String literal) {
        try {
            String full = InetAddress.getByName(bare(literal)).getHostAddress();
            return full.contains(":") ? full.replaceFirst("(^|:)(0(:|$)){2,8}", "::") : full;
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("not an address literal: " + literal, e);
        }
    }
}
