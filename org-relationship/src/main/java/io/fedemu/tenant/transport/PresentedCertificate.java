package io.fedemu.tenant.transport;

import io.fedemu.certs.Credential;
import java.net.Socket;
import java.security.Principal;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.function.Supplier;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.X509ExtendedKeyManager;

/**
 * The certificate a listening connector presents, asked at each handshake: the one its TlsCertificateName names,
 * or its expired twin while the expired-certificate fault is set (docs/PROTOCOL.md section 18).
 */
final class PresentedCertificate extends X509ExtendedKeyManager {
    private static final String ALIAS = "smtp";

    private final Supplier<Credential> current;

    PresentedCertificate(Supplier<Credential> current) {
        this.current = current;
    }

    @Override
    public String chooseServerAlias(String keyType, Principal[] issuers, Socket socket) {
        return matches(keyType) ? ALIAS : null;
    }

    @Override
    public String chooseEngineServerAlias(String keyType, Principal[] issuers, SSLEngine engine) {
        return matches(keyType) ? ALIAS : null;
    }

    @Override
    public String[] getServerAliases(String keyType, Principal[] issuers) {
        return matches(keyType) ? new String[] {ALIAS} : null;
    }

    @Override
    public X509Certificate[] getCertificateChain(String alias) {
        Credential credential = current.get();
        return credential == null ? null : credential.chain().toArray(X509Certificate[]::new);
    }

    @Override
    public PrivateKey getPrivateKey(String alias) {
        Credential credential = current.get();
        return credential == null ? null : credential.privateKey();
    }

    @Override
    public String[] getClientAliases(String keyType, Principal[] issuers) {
        return null;
    }

    @Override
    public String chooseClientAlias(String[] keyType, Principal[] issuers, Socket socket) {
        return null;
    }

    private boolean matches(String keyType) {
        Credential credential = current.get();
        return credential != null
                && credential.certificate().getPublicKey().getAlgorithm().equalsIgnoreCase(keyType);
    }
}
