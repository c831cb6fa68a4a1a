package io.fedemu.junit;

import io.fedemu.certs.CertificateAuthority;
import io.fedemu.certs.CertificateStore;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * The one emulator CA of a test JVM. Every federation the extension starts is issued by it, so trust
 * installed once ({@link FederationExtension#trustEmulatorCa()}) holds for every test class after it. Its
 * files are written once, to a folder removed when the JVM exits, and copied into each fresh state directory.
 */
final class EmulatorAuthority {
    private static CertificateAuthority authority;
    private static CertificateStore files;

    private EmulatorAuthority() {}

    static synchronized CertificateAuthority ofThisJvm() {
        if (authority == null) {
            authority = CertificateAuthority.create(Clock.systemUTC());
        }
        return authority;
    }

    /** Makes the JVM's CA the root of {@code state}, before any role starts there. */
    static void adoptInto(Path state) {
        CertificateStore.in(state).adoptAuthorityOf(files());
    }

    private static synchronized CertificateStore files() {
        if (files == null) {
            try {
                Path folder = Files.createTempDirectory("fedemu-jvm-ca");
                Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(folder), "fedemu-jvm-ca-cleanup"));
                CertificateStore store = CertificateStore.in(folder);
                store.adoptAuthority(ofThisJvm());
                files = store;
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write the emulator CA of this JVM", e);
            }
        }
        return files;
    }

    private static void delete(Path folder) {
        try (Stream<Path> paths = Files.walk(folder)) {
            paths.sorted(Comparator.reverseOrder())
                    .forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            // The JVM is exiting; a temporary folder left behind is all that happens.
        }
    }
}
