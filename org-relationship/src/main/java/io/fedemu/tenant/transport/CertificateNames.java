package io.fedemu.tenant.transport;

import java.security.cert.CertificateParsingException;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import javax.naming.InvalidNameException;
import javax.naming.ldap.LdapName;
import javax.naming.ldap.Rdn;

/**
 * The names on a certificate as Exchange compares them with a connector's TlsDomain or TlsSenderCertificateName:
 * every DNS subject alternative name and the subject's CN, case-insensitive, a leading {@code *.} on either side
 * standing for exactly one label.
 */
public final class CertificateNames {
    private static final int DNS_NAME = 2;

    private CertificateNames() {}

    /** Whether a name on {@code certificate} matches {@code configured}. */
    public static boolean carries(X509Certificate certificate, String configured) {
        if (configured == null || configured.isBlank()) {
            return false;
        }
        return of(certificate).stream()
                .anyMatch(name -> nameMatches(name, configured) || nameMatches(configured, name));
    }

    /** The DNS names and the CN of {@code certificate}, lower case. */
    public static List<String> of(X509Certificate certificate) {
        List<String> names = new ArrayList<>();
        try {
            Collection<List<?>> alternatives = certificate.getSubjectAlternativeNames();
            if (alternatives != null) {
                for (List<?> entry : alternatives) {
                    if (entry.size() == 2 && Integer.valueOf(DNS_NAME).equals(entry.get(0))) {
                        names.add(entry.get(1).toString().toLowerCase(Locale.ROOT));
                    }
                }
            }
            for (Rdn rdn : new LdapName(certificate.getSubjectX500Principal().getName()).getRdns()) {
                if (rdn.getType().equalsIgnoreCase("CN")) {
                    names.add(rdn.getValue().toString().toLowerCase(Locale.ROOT));
                }
            }
        } catch (CertificateParsingException | InvalidNameException e) {
            // A certificate whose names cannot be read carries no name a connector could match.
        }
        return names;
    }

    /** Whether {@code name} equals {@code pattern}, or falls under it when the pattern starts with {@code *.}. */
    public static boolean nameMatches(String name, String pattern) {
        String n = name.toLowerCase(Locale.ROOT);
        String p = pattern.toLowerCase(Locale.ROOT).trim();
        if (p.startsWith("*.")) {
            String suffix = p.substring(1);
            return n.endsWith(suffix) && n.indexOf('.') == n.length() - suffix.length();
        }
        return n.equals(p);
    }

    /** Exchange's {@code <I>issuer<S>subject} form of a certificate's identity (TlsCertificateName). */
    public static String tlsCertificateName(X509Certificate certificate) {
        return "<I>" + certificate.getIssuerX500Principal().getName() + "<S>"
                + certificate.getSubjectX500Principal().getName();
    }
}
