package io.fedemu.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import io.fedemu.certs.CertificateStore;
import io.fedemu.client.Json;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;

/**
 * A state directory read file by file, as a user (or the next start) would: every JSON store parses, every
 * key store opens with its password, every PEM holds certificates and, beside a key store of the same name,
 * the key store's certificate. What a kill may legitimately leave behind is a writer's hidden temporary file
 * ({@code .NAME...tmp}): those are listed, not judged.
 */
record StateFiles(List<String> problems, List<Path> leftovers) {

    static StateFiles check(Path state) throws IOException {
        List<String> problems = new ArrayList<>();
        List<Path> leftovers = new ArrayList<>();
        char[] password = Files.readString(state.resolve("certs/store-password"), StandardCharsets.US_ASCII)
                .trim()
                .toCharArray();
        List<Path> files;
        try (Stream<Path> walk = Files.walk(state)) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        }
        for (Path file : files) {
            String name = file.getFileName().toString();
            if (name.startsWith(".") && name.endsWith(".tmp")) {
                leftovers.add(state.relativize(file));
                continue;
            }
            try {
                if (name.endsWith(".json")) {
                    JsonNode document = Json.strict().readTree(file.toFile());
                    if (document == null || !document.isContainerNode()) {
                        problems.add(state.relativize(file) + ": not a JSON object or list");
                    }
                } else if (name.endsWith(".p12")) {
                    keyStoreCertificate(file, name.equals("truststore.p12") ? trustStorePassword() : password);
                } else if (name.endsWith(".pem")) {
                    checkPem(state, file, password, problems);
                }
            } catch (Exception e) {
                problems.add(state.relativize(file) + ": " + e);
            }
        }
        return new StateFiles(List.copyOf(problems), List.copyOf(leftovers));
    }

    private static void checkPem(Path state, Path pem, char[] password, List<String> problems) throws Exception {
        List<? extends Certificate> certificates;
        try (InputStream in = Files.newInputStream(pem)) {
            certificates =
                    new ArrayList<>(CertificateFactory.getInstance("X.509").generateCertificates(in));
        }
        if (certificates.isEmpty()) {
            problems.add(state.relativize(pem) + ": no certificate");
            return;
        }
        String base = pem.getFileName().toString().replaceFirst("\\.pem$", "");
        Path keyStore = pem.resolveSibling(base + ".p12");
        if (!Files.exists(keyStore)) {
            problems.add(state.relativize(pem) + ": no key store " + keyStore.getFileName() + " beside it");
        } else if (!keyStoreCertificate(keyStore, password).equals(certificates.get(0))) {
            problems.add(state.relativize(pem) + ": another certificate than " + keyStore.getFileName());
        }
    }

    /** Opens the store (a truncated or corrupt file fails here) and answers its one entry's certificate. */
    private static Certificate keyStoreCertificate(Path file, char[] password) throws Exception {
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(file)) {
            store.load(in, password);
        }
        List<String> aliases = Collections.list(store.aliases());
        if (aliases.isEmpty()) {
            throw new IllegalStateException("an empty key store");
        }
        return store.getCertificate(aliases.get(0));
    }

    private static char[] trustStorePassword() {
        return CertificateStore.TRUST_STORE_PASSWORD.toCharArray();
    }
}
