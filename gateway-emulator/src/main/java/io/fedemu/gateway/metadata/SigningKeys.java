package io.fedemu.gateway.metadata;

import io.fedemu.certs.CertificateAuthority;
import io.fedemu.certs.CertificateKind;
import io.fedemu.certs.CertificateSlots;
import io.fedemu.certs.CertificateStore;
import io.fedemu.certs.Credential;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The gateway's token-signing keys (TokenIssuerCertificate, TokenIssuerPrevCertificate). Rotation
 * issues a new current key and keeps the old one published as previous, so tokens it signed keep
 * validating until the previous key is dropped.
 */
public final class SigningKeys {
    static final String OWNER = "gateway";
    private final CertificateStore store;
    private final CertificateAuthority authority;
    private final String issuer;
    private final AtomicReference<CertificateSlots<Credential>> slots;

    public SigningKeys(CertificateStore store, CertificateAuthority authority, String issuer) {
        this.store = store;
        this.authority = authority;
        this.issuer = issuer;
        CertificateSlots<Credential> loaded = store.loadSlots(CertificateKind.TOKEN_SIGNING, OWNER)
                .orElseGet(() -> {
                    CertificateSlots<Credential> first = CertificateSlots.of(authority.issueTokenSigning(issuer));
                    store.saveSlots(CertificateKind.TOKEN_SIGNING, OWNER, first);
                    return first;
                });
        this.slots = new AtomicReference<>(loaded);
    }

    public CertificateSlots<Credential> slots() {
        return slots.get();
    }

    public Credential current() {
        return slots.get().current();
    }

    public synchronized CertificateSlots<Credential> rotate() {
        CertificateSlots<Credential> rotated =
                slots.get().stageNext(authority.issueTokenSigning(issuer)).publish();
        store.saveSlots(CertificateKind.TOKEN_SIGNING, OWNER, rotated);
        slots.set(rotated);
        return rotated;
    }

    public synchronized CertificateSlots<Credential> dropPrevious() {
        CertificateSlots<Credential> dropped = slots.get().dropPrevious();
        store.saveSlots(CertificateKind.TOKEN_SIGNING, OWNER, dropped);
        slots.set(dropped);
        return dropped;
    }
}
