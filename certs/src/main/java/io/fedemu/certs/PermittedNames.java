package io.fedemu.certs;

import java.io.IOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.ASN1String;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralSubtree;
import org.bouncycastle.asn1.x509.NameConstraintValidatorException;
import org.bouncycastle.asn1.x509.NameConstraints;
import org.bouncycastle.asn1.x509.PKIXNameConstraintValidator;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;

/**
 * The permitted subtrees of the intermediate CA's NameConstraints: DNS names and IP ranges (CIDR). A
 * DNS entry also permits its subdomains (RFC 5280 4.2.1.10), so {@code mail.contoso.com} admits
 * {@code x.mail.contoso.com} but never {@code contoso.com} or {@code www.example.com}.
 */
public record PermittedNames(SortedSet<String> dnsNames, SortedSet<String> ipRanges) {
    /** Every role is reached on this machine, so the loopback names are always permitted. */
    public static final PermittedNames LOOPBACK =
            new PermittedNames(new TreeSet<>(List.of("localhost")), new TreeSet<>(List.of("127.0.0.0/8", "::1/128")));

    public PermittedNames {
        TreeSet<String> dns = new TreeSet<>();
        dnsNames.forEach(name -> dns.add(name.toLowerCase(Locale.ROOT)));
        TreeSet<String> ips = new TreeSet<>();
        for (String range : ipRanges) {
            int slash = range.lastIndexOf('/');
            if (slash < 0) {
                throw new IllegalArgumentException("not address/prefix: " + range);
            }
            ips.add(HostNames.canonicalAddress(range.substring(0, slash)) + range.substring(slash));
        }
        dnsNames = Collections.unmodifiableSortedSet(dns);
        ipRanges = Collections.unmodifiableSortedSet(ips);
    }

    /** The loopback names plus exactly the given host names and addresses (one address is a /32 or /128). */
    public static PermittedNames loopbackAnd(Collection<String> hostNames) {
        TreeSet<String> dns = new TreeSet<>(LOOPBACK.dnsNames);
        TreeSet<String> ips = new TreeSet<>(LOOPBACK.ipRanges);
        for (String name : hostNames) {
            if (LOOPBACK.permits(List.of(name))) {
                continue;
            }
            String bare = HostNames.bare(name);
            if (HostNames.isAddress(bare)) {
                ips.add(bare + (bare.contains(":") ? "/128" : "/32"));
            } else {
                // A wildcard SAN is constrained by the domain it stands for.
                dns.add(bare.startsWith("*.") ? bare.substring(2) : bare);
            }
        }
        return new PermittedNames(dns, ips);
    }

    public PermittedNames plus(PermittedNames other) {
        TreeSet<String> dns = new TreeSet<>(dnsNames);
        dns.addAll(other.dnsNames);
        TreeSet<String> ips = new TreeSet<>(ipRanges);
        ips.addAll(other.ipRanges);
        return new PermittedNames(dns, ips);
    }

    /**
     * Whether a certificate naming every one of {@code hostNames} passes these constraints, judged by
     * BouncyCastle's RFC 5280 validator rather than by string comparison of our own.
     */
    public boolean permits(Collection<String> hostNames) {
        PKIXNameConstraintValidator validator = new PKIXNameConstraintValidator();
        validator.intersectPermittedSubtree(subtrees());
        for (String name : hostNames) {
            try {
                validator.checkPermitted(HostNames.generalName(name));
            } catch (NameConstraintValidatorException outside) {
                return false;
            }
        }
        return true;
    }

    /** The extension's value; critical, as RFC 5280 requires of NameConstraints. */
    NameConstraints extension() {
        return new NameConstraints(subtrees(), null);
    }

    /** The permitted subtrees of {@code certificate}, if it carries a NameConstraints extension. */
    static Optional<PermittedNames> of(X509Certificate certificate) {
        byte[] value = certificate.getExtensionValue(Extension.nameConstraints.getId());
        if (value == null) {
            return Optional.empty();
        }
        try {
            NameConstraints constraints = NameConstraints.getInstance(JcaX509ExtensionUtils.parseExtensionValue(value));
            GeneralSubtree[] permitted = constraints.getPermittedSubtrees();
            if (permitted == null) {
                return Optional.empty();
            }
            TreeSet<String> dns = new TreeSet<>();
            TreeSet<String> ips = new TreeSet<>();
            for (GeneralSubtree subtree : permitted) {
                GeneralName base = subtree.getBase();
                if (base.getTagNo() == GeneralName.dNSName) {
                    dns.add(((ASN1String) base.getName()).getString());
                } else if (base.getTagNo() == GeneralName.iPAddress) {
                    ips.add(cidr(ASN1OctetString.getInstance(base.getName()).getOctets()));
                }
            }
            return Optional.of(new PermittedNames(dns, ips));
        } catch (IOException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private GeneralSubtree[] subtrees() {
        List<GeneralSubtree> subtrees = new ArrayList<>();
        dnsNames.forEach(name -> subtrees.add(new GeneralSubtree(new GeneralName(GeneralName.dNSName, name))));
        // BouncyCastle encodes "address/prefix" as the address followed by its mask, as RFC 5280 wants.
        ipRanges.forEach(range -> subtrees.add(new GeneralSubtree(new GeneralName(GeneralName.iPAddress, range))));
        return subtrees.toArray(GeneralSubtree[]::new);
    }

    /** Address and mask octets (RFC 5280: 8 for IPv4, 32 for IPv6) back to "address/prefix". */
    private static String cidr(byte[] octets) {
        int half = octets.length / 2;
        try {
            String address =
                    InetAddress.getByAddress(Arrays.copyOf(octets, half)).getHostAddress();
            BitSet mask = BitSet.valueOf(Arrays.copyOfRange(octets, half, octets.length));
            return address + "/" + mask.cardinality();
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("not an IP range: " + octets.length + " octets", e);
        }
    }
}
