package io.fedemu.certs;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PublicKey;
import java.security.Signature;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * fedemu's Get-FederatedDomainProof: an RSA signature (SHA256withRSA) by the organization's
 * federation key over the lower-cased domain, base64. PKCS#1 v1.5 signatures are deterministic, so
 * the same key and domain always give the same value, as a DNS TXT record must.
 */
public record FederatedDomainProof(String domain, String proof) {
    private static final Pattern TXT_LINE =
            Pattern.compile("^\\s*(\\S+?)\\.?\\s+TXT\\s+IN\\s+(\\S+)\\s*$", Pattern.CASE_INSENSITIVE);

    public static FederatedDomainProof create(Credential federation, String domain) {
        String canonical = canonical(domain);
        try {
            Signature signature = Signature.getInstance("SHA256withRSA");
            signature.initSign(federation.privateKey());
            signature.update(canonical.getBytes(StandardCharsets.US_ASCII));
            return new FederatedDomainProof(canonical, Base64.getEncoder().encodeToString(signature.sign()));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot sign the domain proof for " + canonical, e);
        }
    }

    /** The line to publish in DNS, as Exchange prints it. */
    public String txtRecord() {
        return domain + " TXT IN " + proof;
    }

    /** Whether {@code proof} (bare, or a whole TXT line for the same domain) was signed by {@code key}. */
    public static boolean verify(PublicKey key, String domain, String proof) {
        String canonical = canonical(domain);
        Optional<String> value = proofValue(canonical, proof);
        if (value.isEmpty()) {
            return false;
        }
        try {
            Signature signature = Signature.getInstance("SHA256withRSA");
            signature.initVerify(key);
            signature.update(canonical.getBytes(StandardCharsets.US_ASCII));
            return signature.verify(Base64.getDecoder().decode(value.get()));
        } catch (IllegalArgumentException | GeneralSecurityException e) {
            return false;
        }
    }

    /** Lower case, no trailing dot: DNS names compare case-insensitively. */
    public static String canonical(String domain) {
        String lower = domain.trim().toLowerCase(Locale.ROOT);
        return lower.endsWith(".") ? lower.substring(0, lower.length() - 1) : lower;
    }

    /**
     * The bare proof in {@code submitted} (itself, or the value of a TXT line for {@code domain}); empty when blank
     * or a line for another domain. It says nothing about who signed it: see {@link #verify}.
     */
    public static Optional<String> value(String domain, String submitted) {
        return proofValue(canonical(domain), submitted);
    }

    private static Optional<String> proofValue(String domain, String submitted) {
        if (submitted == null || submitted.isBlank()) {
            return Optional.empty();
        }
        Matcher line = TXT_LINE.matcher(submitted);
        if (line.matches()) {
            return canonical(line.group(1)).equals(domain) ? Optional.of(line.group(2)) : Optional.empty();
        }
        return Optional.of(submitted.trim());
    }
}
