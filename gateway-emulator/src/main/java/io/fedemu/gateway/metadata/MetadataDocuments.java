package io.fedemu.gateway.metadata;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.util.Base64;
import com.nimbusds.jose.util.Base64URL;
import io.fedemu.certs.CertificateSlots;
import io.fedemu.certs.Credential;
import io.fedemu.certs.Thumbprints;
import io.fedemu.gateway.settings.GatewaySettings;
import io.fedemu.protocol.gateway.GatewayMetadata;
import io.fedemu.protocol.gateway.GatewayPaths;
import io.fedemu.protocol.gateway.Offer;
import io.fedemu.protocol.gateway.TokenExchange;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.security.interfaces.RSAPublicKey;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The three published views of the signing keys: federation metadata, JWKS and OpenID-style
 * discovery. All URLs come from the configured external URL, so they match the tokens' {@code iss}.
 */
public final class MetadataDocuments {
    private final GatewaySettings settings;
    private final SigningKeys keys;

    public MetadataDocuments(GatewaySettings settings, SigningKeys keys) {
        this.settings = settings;
        this.keys = keys;
    }

    public GatewayMetadata metadata() {
        CertificateSlots<Credential> slots = keys.slots();
        return new GatewayMetadata(
                settings.issuer(),
                settings.tokenEndpoint().toString(),
                jwksUri(),
                settings.metadataRefreshInterval().toSeconds(),
                signing(slots.current()),
                slots.previous() == null ? null : signing(slots.previous()),
                Arrays.stream(Offer.values()).map(Offer::wireName).toList());
    }

    /** Public keys only: {@link JWKSet#toJSONObject(boolean)} with {@code publicKeysOnly = true}. */
    public Map<String, Object> jwks() {
        List<JWK> published = new ArrayList<>();
        keys.slots().acceptable().forEach(credential -> published.add(jwk(credential)));
        return new JWKSet(published).toJSONObject(true);
    }

    public Map<String, Object> discovery() {
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("issuer", settings.issuer());
        document.put("jwks_uri", jwksUri());
        document.put("token_endpoint", settings.tokenEndpoint().toString());
        document.put("federation_metadata_uri", settings.issuer() + GatewayPaths.METADATA);
        document.put("grant_types_supported", List.of(TokenExchange.GRANT_TYPE));
        document.put("token_endpoint_auth_methods_supported", List.of("private_key_jwt"));
        document.put("token_endpoint_auth_signing_alg_values_supported", List.of("RS256", "PS256"));
        document.put("id_token_signing_alg_values_supported", List.of("RS256"));
        document.put("response_types_supported", List.of("token"));
        document.put("subject_types_supported", List.of("public"));
        document.put(
                "scopes_supported",
                Arrays.stream(Offer.values()).map(Offer::wireName).toList());
        return document;
    }

    /** The JWS {@code kid} of a signing certificate: its SHA-1 thumbprint, as Exchange names certificates. */
    public static String keyId(Credential credential) {
        return credential.thumbprint();
    }

    private String jwksUri() {
        return settings.issuer() + GatewayPaths.JWKS;
    }

    private static JWK jwk(Credential credential) {
        X509Certificate certificate = credential.certificate();
        try {
            return new RSAKey.Builder((RSAPublicKey) certificate.getPublicKey())
                    .keyID(keyId(credential))
                    .keyUse(KeyUse.SIGNATURE)
                    .algorithm(JWSAlgorithm.RS256)
                    .x509CertChain(List.of(Base64.encode(certificate.getEncoded())))
                    .x509CertSHA256Thumbprint(new Base64URL(Thumbprints.x5tS256(certificate)))
                    .build();
        } catch (CertificateEncodingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static GatewayMetadata.SigningCertificate signing(Credential credential) {
        X509Certificate certificate = credential.certificate();
        try {
            return new GatewayMetadata.SigningCertificate(
                    keyId(credential),
                    credential.thumbprint(),
                    Thumbprints.x5tS256(certificate),
                    certificate.getNotAfter().toInstant(),
                    List.of(java.util.Base64.getEncoder().encodeToString(certificate.getEncoded())));
        } catch (CertificateEncodingException e) {
            throw new IllegalStateException(e);
        }
    }
}
