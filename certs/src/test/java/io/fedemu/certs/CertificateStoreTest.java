package io.fedemu.certs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CertificateStoreTest {
    private static final Clock CLOCK = Clock.systemUTC();

    @TempDir
    Path state;

    @Test
    void initWritesTheTrustBundleTrustStoreAndOwnerOnlyKeyStores() throws Exception {
        CertificateStore store = CertificateStore.in(state);
        store.initAuthority(CLOCK);

        assertThat(store.trustBundle()).isEqualTo(state.resolve("certs/ca.pem")).isRegularFile();
        assertThat(store.trustStore()).isRegularFile();
        assertThat(Files.readString(store.trustBundle()))
                .startsWith("-----BEGIN CERTIFICATE-----")
                .doesNotContain("PRIVATE KEY");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(state.resolve("certs/ca.p12"))))
                .isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(state.resolve("certs/store-password"))))
                .isEqualTo("rw-------");
        assertThat(KeyStoreFiles.load(store.trustStore(), CertificateStore.TRUST_STORE_PASSWORD.toCharArray())
                        .getCertificate("fedemu-root-0"))
                .isEqualTo(store.loadAuthority(CLOCK).certificate());
    }

    @Test
    void everythingReloadsAfterARestartWithIdenticalThumbprints() {
        CertificateStore first = CertificateStore.in(state);
        CertificateAuthority ca = first.initAuthority(CLOCK);
        Credential tls = first.tlsServer("localhost", List.of("localhost"), ca);
        CertificateSlots<Credential> slots = CertificateSlots.of(ca.issueFederation("contoso"))
                .stageNext(CertificateAuthority.selfSignedFederation("contoso", CLOCK));
        first.saveSlots(CertificateKind.FEDERATION, "contoso", slots);

        CertificateStore reopened = CertificateStore.in(state);
        CertificateAuthority reloaded = reopened.initAuthority(CLOCK);
        CertificateSlots<Credential> reloadedSlots =
                reopened.loadSlots(CertificateKind.FEDERATION, "contoso").orElseThrow();

        assertThat(Thumbprints.sha1(reloaded.certificate())).isEqualTo(Thumbprints.sha1(ca.certificate()));
        assertThat(reopened.tlsServer("localhost", List.of("localhost"), reloaded)
                        .thumbprint())
                .isEqualTo(tls.thumbprint());
        assertThat(reloadedSlots.current().thumbprint())
                .isEqualTo(slots.current().thumbprint());
        assertThat(reloadedSlots.next().thumbprint()).isEqualTo(slots.next().thumbprint());
        assertThat(reloadedSlots.previous()).isNull();
        assertThat(reloadedSlots.current().privateKey())
                .isEqualTo(slots.current().privateKey());
    }

    @Test
    void publishedSlotsPersistAndTheEmptiedSlotDisappearsFromDisk() {
        CertificateStore store = CertificateStore.in(state);
        CertificateAuthority ca = store.initAuthority(CLOCK);
        CertificateSlots<Credential> staged =
                CertificateSlots.of(ca.issueFederation("contoso")).stageNext(ca.issueFederation("contoso"));
        store.saveSlots(CertificateKind.FEDERATION, "contoso", staged);
        store.saveSlots(CertificateKind.FEDERATION, "contoso", staged.publish());

        Path folder = state.resolve("certs/federation/contoso");
        assertThat(folder.resolve("next.p12")).doesNotExist();
        assertThat(folder.resolve("next.pem")).doesNotExist();
        CertificateSlots<Credential> reloaded =
                store.loadSlots(CertificateKind.FEDERATION, "contoso").orElseThrow();
        assertThat(reloaded.current().thumbprint()).isEqualTo(staged.next().thumbprint());
        assertThat(reloaded.previous().thumbprint()).isEqualTo(staged.current().thumbprint());
    }

    @Test
    void pemFilesAKillLeftBehindTheirKeyStoresAreSetRightWhenTheSlotsAreLoaded() throws Exception {
        CertificateStore store = CertificateStore.in(state);
        CertificateAuthority ca = store.initAuthority(CLOCK);
        CertificateSlots<Credential> staged =
                CertificateSlots.of(ca.issueFederation("contoso")).stageNext(ca.issueFederation("contoso"));
        store.saveSlots(CertificateKind.FEDERATION, "contoso", staged);
        Path folder = state.resolve("certs/federation/contoso");
        String stagedCurrentPem = Files.readString(folder.resolve("current.pem"));
        String stagedNextPem = Files.readString(folder.resolve("next.pem"));
        store.saveSlots(CertificateKind.FEDERATION, "contoso", staged.publish());
        // A kill after current.p12 was replaced but before current.pem, and after next.p12 was deleted
        // but before next.pem: what certs show would list is the state before the publish.
        Files.writeString(folder.resolve("current.pem"), stagedCurrentPem);
        Files.writeString(folder.resolve("next.pem"), stagedNextPem);

        store.loadSlots(CertificateKind.FEDERATION, "contoso");

        assertThat(PemFiles.read(folder.resolve("current.pem")).get(0))
                .isEqualTo(staged.next().certificate());
        assertThat(PemFiles.read(folder.resolve("previous.pem")).get(0))
                .isEqualTo(staged.current().certificate());
        assertThat(folder.resolve("next.pem")).doesNotExist();
        assertThat(store.inventory())
                .filteredOn(row -> row.kind() == CertificateKind.FEDERATION)
                .extracting(row -> row.slot() + " " + row.thumbprint())
                .containsExactlyInAnyOrder(
                        Slot.CURRENT + " " + staged.next().thumbprint(),
                        Slot.PREVIOUS + " " + staged.current().thumbprint());
    }

    @Test
    void aTlsPemAKillLeftBehindItsReissuedKeyStoreIsRewrittenOnTheNextStart() throws Exception {
        CertificateStore store = CertificateStore.in(state);
        CertificateAuthority ca = store.initAuthority(CLOCK);
        store.tlsServer("contoso", List.of("mail.contoso.com"), ca);
        Path pem = state.resolve("certs/tls/contoso.pem");
        String before = Files.readString(pem);
        Credential reissued = store.tlsServer("contoso", List.of("mail.contoso.com", "autodiscover.contoso.com"), ca);
        Files.writeString(pem, before); // killed between the key store and its PEM

        store.tlsServer("contoso", List.of("mail.contoso.com", "autodiscover.contoso.com"), ca);

        assertThat(PemFiles.read(pem).get(0)).isEqualTo(reissued.certificate());
    }

    @Test
    void aTlsCertificateIsReissuedWhenAHostNameIsAddedAndKeptOtherwise() {
        CertificateStore store = CertificateStore.in(state);
        CertificateAuthority ca = store.initAuthority(CLOCK);
        Credential first = store.tlsServer("contoso", List.of("mail.contoso.com"), ca);

        assertThat(store.tlsServer("contoso", List.of("mail.contoso.com", "::1"), ca)
                        .thumbprint())
                .isEqualTo(first.thumbprint());
        assertThat(store.tlsServer("contoso", List.of("mail.contoso.com", "autodiscover.contoso.com"), ca)
                        .thumbprint())
                .isNotEqualTo(first.thumbprint());
    }

    @Test
    void aCorruptKeyStoreIsNamedAndNothingIsWritten() throws Exception {
        CertificateStore store = CertificateStore.in(state);
        store.initAuthority(CLOCK);
        Path caKeyStore = state.resolve("certs/ca.p12");
        Files.write(caKeyStore, new byte[] {1, 2, 3, 4});
        Map<String, String> before = snapshot();

        assertThatThrownBy(() -> CertificateStore.in(state).initAuthority(CLOCK))
                .isInstanceOf(CertificateStoreException.class)
                .hasMessageContaining("key store is corrupt or its password is wrong")
                .hasMessageContaining(caKeyStore.toString());
        assertThat(snapshot()).isEqualTo(before);
    }

    @Test
    void aWrongPasswordOrMissingKeyStoreIsNamedAndNothingIsWritten() throws Exception {
        CertificateStore store = CertificateStore.in(state);
        CertificateAuthority ca = store.initAuthority(CLOCK);
        store.tlsServer("localhost", List.of("localhost"), ca);
        Files.delete(state.resolve("certs/store-password"));
        Files.writeString(state.resolve("certs/store-password"), "not-the-password");
        Map<String, String> before = snapshot();

        assertThatThrownBy(() -> store.loadAuthority(CLOCK))
                .isInstanceOf(CertificateStoreException.class)
                .hasMessageContaining(state.resolve("certs/ca.p12").toString());
        assertThatThrownBy(() -> CertificateStore.in(state.resolve("elsewhere")).loadAuthority(CLOCK))
                .isInstanceOf(CertificateStoreException.class)
                .hasMessageContaining("key store is missing")
                .hasMessageContaining(state.resolve("elsewhere/certs/ca.p12").toString());
        assertThat(snapshot()).isEqualTo(before);
    }

    @Test
    void ownerNamesThatClimbOutOfTheStateDirectoryAreRefused() {
        CertificateStore store = CertificateStore.in(state);
        assertThatThrownBy(() -> store.loadSlots(CertificateKind.FEDERATION, "../../etc"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'../../etc'");
    }

    @Test
    void theCaIssuedLeafPassesOpensslVerifyAgainstTheBundle() throws Exception {
        CertificateStore store = CertificateStore.in(state);
        CertificateAuthority ca = store.initAuthority(CLOCK);
        store.tlsServer("localhost", List.of("localhost"), ca);
        store.saveSlots(CertificateKind.FEDERATION, "contoso", CertificateSlots.of(ca.issueFederation("contoso")));

        for (String leaf : List.of("certs/tls/localhost.pem", "certs/federation/contoso/current.pem")) {
            OpenSsl.Result result = OpenSsl.run(
                    "verify",
                    "-CAfile",
                    store.trustBundle().toString(),
                    "-untrusted",
                    store.intermediateCertificate().toString(),
                    state.resolve(leaf).toString());
            assertThat(result.exitCode()).as(result.output()).isZero();
            assertThat(result.output()).contains(": OK");
        }
        OpenSsl.Result stranger = OpenSsl.run(
                "verify",
                "-CAfile",
                store.trustBundle().toString(),
                writeSelfSigned().toString());
        assertThat(stranger.exitCode()).isNotZero();
    }

    @Test
    void thumbprintsMatchWhatOpensslPrints() throws Exception {
        CertificateStore store = CertificateStore.in(state);
        store.initAuthority(CLOCK);
        String expected = Thumbprints.sha1(PemFiles.read(store.trustBundle()).get(0));

        OpenSsl.Result result =
                OpenSsl.run("x509", "-in", store.trustBundle().toString(), "-noout", "-fingerprint", "-sha1");
        assertThat(result.output().trim().replace(":", "")).endsWith("=" + expected);
        assertThat(expected).hasSize(40).matches("[0-9A-F]+");
    }

    @Test
    void inventoryListsEveryCertificateWithKindAndSlot() {
        CertificateStore store = CertificateStore.in(state);
        CertificateAuthority ca = store.initAuthority(CLOCK);
        store.tlsServer("localhost", List.of("localhost"), ca);
        store.saveSlots(
                CertificateKind.TOKEN_SIGNING,
                "gateway",
                CertificateSlots.of(ca.issueTokenSigning("urn:federation:fedemu"))
                        .stageNext(ca.issueTokenSigning("x")));

        assertThat(store.inventory())
                .extracting(StoredCertificate::owner, StoredCertificate::kind, StoredCertificate::slot)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("emulator", CertificateKind.ROOT_CA, null),
                        org.assertj.core.groups.Tuple.tuple("emulator", CertificateKind.INTERMEDIATE_CA, null),
                        org.assertj.core.groups.Tuple.tuple("localhost", CertificateKind.TLS_SERVER, null),
                        org.assertj.core.groups.Tuple.tuple("gateway", CertificateKind.TOKEN_SIGNING, Slot.CURRENT),
                        org.assertj.core.groups.Tuple.tuple("gateway", CertificateKind.TOKEN_SIGNING, Slot.NEXT));
    }

    private Path writeSelfSigned() {
        Path file = state.resolve("stranger.pem");
        PemFiles.write(
                file,
                CertificateAuthority.selfSignedFederation("stranger", CLOCK).chain());
        return file;
    }

    /** File name to content hash for the whole state directory: proves a failed call wrote nothing. */
    private Map<String, String> snapshot() throws Exception {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(state)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                files.put(
                        state.relativize(file).toString(),
                        HexFormat.of()
                                .formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file))));
            }
        }
        return files;
    }

    @Test
    void aKeyStoreReadTwiceIsDecryptedOnceButAReplacedOneIsReadAgain() {
        CertificateStore store = CertificateStore.in(state);
        CertificateAuthority ca = store.initAuthority(CLOCK);
        store.saveSlots(CertificateKind.FEDERATION, "contoso", CertificateSlots.of(ca.issueFederation("contoso")));
        Credential first = store.loadSlots(CertificateKind.FEDERATION, "contoso")
                .orElseThrow()
                .current();

        assertThat(store.loadSlots(CertificateKind.FEDERATION, "contoso")
                        .orElseThrow()
                        .current())
                .isSameAs(first);

        Credential replacement = ca.issueFederation("contoso");
        store.saveSlots(CertificateKind.FEDERATION, "contoso", CertificateSlots.of(replacement));
        assertThat(store.loadSlots(CertificateKind.FEDERATION, "contoso")
                        .orElseThrow()
                        .current()
                        .thumbprint())
                .isEqualTo(replacement.thumbprint())
                .isNotEqualTo(first.thumbprint());
    }
}
