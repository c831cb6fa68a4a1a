package io.fedemu.tenant.transport;

import static org.assertj.core.api.Assertions.fail;

import io.fedemu.certs.Credential;
import io.fedemu.certs.PemFiles;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * {@code openssl s_client -starttls smtp} as a process: openssl sends EHLO and STARTTLS itself, prints the
 * handshake (the server's certificate, the verification result) and then carries raw SMTP lines both ways.
 */
final class OpenSslClient implements AutoCloseable {
    static final Path OPENSSL = Path.of("/usr/bin/openssl");

    /** Ends the process's output in the queue. */
    private static final String END = "\u0000end";

    private final Process process;
    private final OutputStream stdin;
    private final LinkedBlockingQueue<String> lines = new LinkedBlockingQueue<>();
    private final List<String> transcript = new ArrayList<>();

    private OpenSslClient(Process process) {
        this.process = process;
        this.stdin = process.getOutputStream();
        Thread reader = new Thread(
                () -> {
                    try (BufferedReader out = new BufferedReader(
                            new InputStreamReader(process.getInputStream(), StandardCharsets.US_ASCII))) {
                        for (String line = out.readLine(); line != null; line = out.readLine()) {
                            lines.add(line);
                        }
                    } catch (IOException e) {
                        // The process ended.
                    }
                    lines.add(END);
                },
                "openssl-stdout");
        reader.setDaemon(true);
        reader.start();
    }

    /**
     * Connects to {@code port} and negotiates STARTTLS, trusting {@code caFile}; {@code client} non-null is presented
     * as the client certificate (written under {@code scratch}).
     */
    static OpenSslClient starttls(int port, Path caFile, Credential client, Path scratch) throws IOException {
        List<String> command = new ArrayList<>(List.of(
                OPENSSL.toString(),
                "s_client",
                "-starttls",
                "smtp",
                "-name",
                "client.example",
                "-connect",
                "127.0.0.1:" + port,
                "-CAfile",
                caFile.toString(),
                // Lines starting with R or Q (RCPT, QUIT) are SMTP here, not openssl's renegotiate and quit.
                "-nocommands"));
        if (client != null) {
            Path cert = Files.createTempFile(scratch, "client", ".pem");
            Path key = Files.createTempFile(scratch, "client", ".der");
            Path chain = Files.createTempFile(scratch, "chain", ".pem");
            // -cert reads the first certificate of its file only; the issuing CA goes with -cert_chain.
            PemFiles.write(cert, client.chain().subList(0, 1));
            PemFiles.write(chain, client.chain());
            // The key generated for this run, as PKCS#8 DER (openssl's -keyform DER): no PEM text to assemble.
            Files.write(key, client.privateKey().getEncoded());
            command.addAll(List.of(
                    "-cert",
                    cert.toString(),
                    "-key",
                    key.toString(),
                    "-keyform",
                    "DER",
                    "-cert_chain",
                    chain.toString()));
        }
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        return new OpenSslClient(process);
    }

    /** Sends raw SMTP lines (CRLF added). */
    OpenSslClient send(String... smtp) throws IOException {
        StringBuilder b = new StringBuilder();
        for (String line : smtp) {
            b.append(line).append("\r\n");
        }
        stdin.write(b.toString().getBytes(StandardCharsets.US_ASCII));
        stdin.flush();
        return this;
    }

    /** The next line matching {@code wanted}; fails naming the transcript when the process ends first. */
    String await(Predicate<String> wanted) {
        while (true) {
            String line;
            try {
                // Only a guard against a hung test; the assertion is on the line.
                line = lines.poll(60, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            if (line == null || END.equals(line)) {
                if (line != null) {
                    lines.add(END);
                }
                return fail("openssl ended without the line; it printed:%n%s", String.join("\n", transcript));
            }
            transcript.add(line);
            if (wanted.test(line)) {
                return line;
            }
        }
    }

    /**
     * The verification result openssl printed at the end of the handshake. OpenSSL 3.0 then prints the last line of
     * the EHLO answer it read before STARTTLS ({@code 250 Ok} here) as if it had arrived over TLS; it is skipped.
     */
    String handshake() {
        String verified = await(l -> l.startsWith("Verify return code"));
        await(l -> l.equals("---"));
        await(l -> l.equals("250 Ok"));
        return verified;
    }

    /** The next SMTP reply after the handshake (the last line of a multi-line one), skipping openssl's output. */
    List<String> reply() {
        List<String> reply = new ArrayList<>();
        String line;
        do {
            line = await(l -> l.matches("^[2-5]\\d\\d[ -].*"));
            reply.add(line);
        } while (line.charAt(3) == '-');
        return reply;
    }

    /**
     * Every further line openssl prints until it ends by itself (the server closed the connection). Its input stays
     * open: on end of input openssl would quit before it read the server's alert.
     */
    List<String> rest() {
        List<String> rest = new ArrayList<>();
        while (true) {
            String line;
            try {
                line = lines.poll(60, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            if (line == null || END.equals(line)) {
                return rest;
            }
            transcript.add(line);
            rest.add(line);
        }
    }

    /** The server certificate openssl printed in the handshake. */
    X509Certificate serverCertificate() throws CertificateException {
        await(l -> l.equals("-----BEGIN CERTIFICATE-----"));
        StringBuilder pem = new StringBuilder("-----BEGIN CERTIFICATE-----\n");
        String line;
        do {
            line = await(l -> true);
            pem.append(line).append('\n');
        } while (!line.equals("-----END CERTIFICATE-----"));
        return (X509Certificate) CertificateFactory.getInstance("X.509")
                .generateCertificate(new ByteArrayInputStream(pem.toString().getBytes(StandardCharsets.US_ASCII)));
    }

    @Override
    public void close() {
        process.destroy();
    }
}
