package io.fedemu.junit;

import io.fedemu.certs.CertificateAuthority;
import java.time.Clock;

/**
 * The one emulator CA of a test JVM. Every federation the extension starts is issued by it, so trust
 * installed once ({@link FederationExtension#trustEmulatorCa()}) holds for every test class after it.
 */
final class EmulatorAuthority {
    private static CertificateAuthority authority;

    private EmulatorAuthority() {}

    static synchronized CertificateAuthority ofThisJvm() {
        if (authority == null) {
            authority = CertificateAuthority.create(Clock.systemUTC());
        }
        return authority;
    }
}
