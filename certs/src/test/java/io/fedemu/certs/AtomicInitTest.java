package io.fedemu.certs;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** First use of a state directory: every file created whole, and never one process's over another's. */
class AtomicInitTest {
    @TempDir
    Path state;

    @Test
    void createPrivateWritesOnceOwnerOnlyAndLeavesNoTemporaryFile() throws Exception {
        Path file = state.resolve("certs/store-password");

        assertThat(AtomicFiles.createPrivate(file, "first".getBytes())).isTrue();
        assertThat(AtomicFiles.createPrivate(file, "second".getBytes())).isFalse();

        assertThat(file).hasContent("first");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
                .isEqualTo("rw-------");
        try (Stream<Path> files = Files.list(file.getParent())) {
            assertThat(files).containsExactly(file);
        }
    }

    @Test
    void initialisersRacingOnOneDirectoryAllGetTheSameCaAndPassword() throws Exception {
        int racers = 4;
        CyclicBarrier start = new CyclicBarrier(racers);
        ExecutorService pool = Executors.newFixedThreadPool(racers);
        try {
            List<Future<CertificateAuthority>> results = new ArrayList<>();
            for (int i = 0; i < racers; i++) {
                Callable<CertificateAuthority> init = () -> {
                    start.await();
                    // each as its own process would: a store of its own on the same directory
                    return CertificateStore.in(state).initAuthority(Clock.systemUTC());
                };
                results.add(pool.submit(init));
            }
            for (Future<CertificateAuthority> result : results) {
                result.get();
            }
            var winner =
                    CertificateStore.in(state).loadAuthority(Clock.systemUTC()).certificate();
            for (Future<CertificateAuthority> result : results) {
                assertThat(result.get().certificate()).isEqualTo(winner);
            }
            assertThat(PemFiles.read(state.resolve("certs/ca.pem"))).containsExactly(winner);
            // Every key store of the directory still opens with the one password on disk.
            Credential tls = CertificateStore.in(state)
                    .tlsServer(
                            "localhost",
                            List.of("localhost"),
                            CertificateStore.in(state).loadAuthority(Clock.systemUTC()));
            assertThat(tls.chain().get(tls.chain().size() - 1)).isEqualTo(winner);
            // One intermediate too: the others found it made, under the lock, and did not replace it.
            var intermediate =
                    PemFiles.read(state.resolve("certs/intermediate.pem")).get(0);
            for (Future<CertificateAuthority> result : results) {
                assertThat(result.get().intermediate().certificate()).isEqualTo(intermediate);
            }
            assertThat(tls.certificate().getIssuerX500Principal()).isEqualTo(intermediate.getSubjectX500Principal());
        } finally {
            pool.shutdownNow();
        }
        try (Stream<Path> files = Files.list(state.resolve("certs"))) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(name -> name.endsWith(".tmp"));
        }
    }

    @Test
    void aTlsPemLostToACrashAfterItsKeyStoreIsWrittenAgain() {
        CertificateStore store = CertificateStore.in(state);
        CertificateAuthority authority = store.initAuthority(Clock.systemUTC());
        Credential first = store.tlsServer("localhost", List.of("localhost"), authority);
        Path pem = state.resolve("certs/tls/localhost.pem");
        pem.toFile().delete();

        Credential again = store.tlsServer("localhost", List.of("localhost"), authority);

        assertThat(again.certificate()).isEqualTo(first.certificate());
        assertThat(PemFiles.read(pem).get(0)).isEqualTo(first.certificate());
    }
}
