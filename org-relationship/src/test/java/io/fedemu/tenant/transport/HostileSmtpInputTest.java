package io.fedemu.tenant.transport;

import static io.fedemu.tenant.transport.HybridPair.ALICE;
import static io.fedemu.tenant.transport.HybridPair.FRONTEND;
import static org.assertj.core.api.Assertions.assertThat;

import io.fedemu.protocol.reason.Reason;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Clients that abuse Default Frontend on the wire, each held to a Receive connector limit (here a 1-second
 * ConnectionInactivityTimeout, a 3-second ConnectionTimeout and 3 connections per source), and the connector still
 * taking the next ordinary message. docs/reference/hostile-input.md lists them.
 */
class HostileSmtpInputTest {
    private static final ConnectionLimits TIGHT = new ConnectionLimits(Duration.ofSeconds(1), Duration.ofSeconds(3), 3);

    @TempDir
    Path state;

    private HybridPair pair;

    @BeforeEach
    void start() {
        pair = HybridPair.start(state, TIGHT);
    }

    @AfterEach
    void stop() {
        pair.close();
    }

    @Test
    void aClientThatGoesSilentBeforeDataIsDroppedAtTheInactivityTimeout() throws Exception {
        try (SmtpLines smtp = new SmtpLines(pair.port(FRONTEND))) {
            smtp.reply();
            smtp.send("EHLO mx.fabrikam.example").reply();
            assertThat(smtp.send("MAIL FROM:<postmaster@fabrikam.example>").reply())
                    .containsExactly("250 Ok");
            assertThat(smtp.send("RCPT TO:<" + ALICE + ">").reply()).containsExactly("250 Ok");

            // No DATA, nothing more: SubEthaSMTP's own line, then the connection closes.
            assertThat(smtp.untilClosed()).containsExactly("421 Timeout waiting for data from client.");
        }
        assertStillDelivers();
    }

    @Test
    void aClientTricklingItsDataIsCutOffAtTheConnectionTimeout() throws Exception {
        try (SmtpLines smtp = new SmtpLines(pair.port(FRONTEND))) {
            smtp.reply();
            smtp.send("EHLO mx.fabrikam.example").reply();
            smtp.send("MAIL FROM:<postmaster@fabrikam.example>").reply();
            smtp.send("RCPT TO:<" + ALICE + ">").reply();
            assertThat(smtp.send("DATA").reply()).singleElement().asString().startsWith("354");
            Thread trickle = new Thread(() -> {
                // One byte at a time, each well inside the inactivity timeout, never the final dot.
                try {
                    for (int i = 0; ; i++) {
                        smtp.write(new byte[] {(byte) ('a' + i % 26)});
                        Thread.sleep(200);
                    }
                } catch (IOException e) {
                    // The server closed the connection.
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
            trickle.setDaemon(true);
            trickle.start();

            assertThat(smtp.untilClosed())
                    .containsExactly("421 4.4.1 Connection timed out")
                    .containsExactly(SmtpRefusal.line(Reason.MAIL_CONNECTION_TIMED_OUT));
            trickle.interrupt();
        }
        assertStillDelivers();
    }

    @Test
    void aSourceHoldingItsConnectionsIsTurnedAwayBeforeTheGreeting() throws Exception {
        List<SmtpLines> held = new ArrayList<>();
        try {
            for (int i = 0; i < TIGHT.maxInboundConnectionPerSource(); i++) {
                SmtpLines smtp = new SmtpLines(pair.port(FRONTEND));
                held.add(smtp);
                assertThat(smtp.reply()).singleElement().asString().startsWith("220 mail.contoso.com");
            }
            try (SmtpLines oneMore = new SmtpLines(pair.port(FRONTEND))) {
                assertThat(oneMore.untilClosed())
                        .containsExactly("421 4.3.2 The maximum number of concurrent connections has exceeded a limit, "
                                + "closing transmission channel")
                        .containsExactly(SmtpRefusal.line(Reason.MAIL_CONNECTION_LIMIT_PER_SOURCE));
            }
        } finally {
            for (SmtpLines smtp : held) {
                smtp.send("QUIT");
                smtp.untilClosed();
                smtp.close();
            }
        }
        assertStillDelivers();
    }

    @Test
    void pipelinedCommandsSentBeforeTheGreetingAreAnsweredInOrderAndTheRecipientLimitHolds() throws Exception {
        List<String> commands = new ArrayList<>(List.of("EHLO mx.fabrikam.example", "MAIL FROM:<x@fabrikam.example>"));
        commands.addAll(Collections.nCopies(1000, "RCPT TO:<" + ALICE + ">"));
        commands.addAll(List.of("RSET", "QUIT"));
        List<String> answers;
        try (SmtpLines smtp = new SmtpLines(pair.port(FRONTEND))) {
            // All at once, before the greeting has been read.
            smtp.send(commands.toArray(String[]::new));
            answers = smtp.untilClosed();
        }

        assertThat(answers.get(0)).startsWith("220 mail.contoso.com");
        List<String> rcpt = answers.subList(answers.indexOf("250 Ok") + 2, answers.size() - 2);
        assertThat(rcpt).hasSize(1000);
        assertThat(rcpt.subList(0, 200)).containsOnly("250 Ok");
        assertThat(rcpt.subList(200, 1000)).containsOnly(SmtpRefusal.line(Reason.MAIL_TOO_MANY_RECIPIENTS));
        assertThat(answers.get(answers.size() - 2)).isEqualTo("250 Ok");
        assertThat(answers.get(answers.size() - 1)).startsWith("221");
        assertStillDelivers();
    }

    @Test
    void aClientPipeliningWithoutEverReadingIsClosedAtTheConnectionTimeout() throws Exception {
        byte[] noops = "NOOP\r\n".repeat(1_500_000).getBytes(StandardCharsets.US_ASCII);
        try (SmtpLines smtp = new SmtpLines(pair.port(FRONTEND))) {
            Thread flood = new Thread(() -> {
                try {
                    smtp.write(noops);
                } catch (IOException e) {
                    // The server closed the connection under the flood.
                }
            });
            flood.setDaemon(true);
            flood.start();
            // Read nothing while the flood is written: the server's answers fill the socket until it blocks.
            flood.join();

            List<String> answers = smtp.untilClosed();
            assertThat(answers).hasSizeLessThan(1_500_000);
        }
        assertStillDelivers();
    }

    @Test
    void anOverlongCommandLineIsRefusedAndTheConnectionClosed() throws Exception {
        char[] name = new char[2000];
        Arrays.fill(name, 'x');
        try (SmtpLines smtp = new SmtpLines(pair.port(FRONTEND))) {
            smtp.reply();
            smtp.send("EHLO " + new String(name));

            assertThat(smtp.untilClosed()).containsExactly("501 Input line length is too long!");
        }
        assertStillDelivers();
    }

    /** The connector takes an ordinary message after the abuse: it is still up and holds no stale place. */
    private void assertStillDelivers() throws Exception {
        try (SmtpLines smtp = new SmtpLines(pair.port(FRONTEND))) {
            assertThat(smtp.reply()).singleElement().asString().startsWith("220");
            smtp.send("EHLO mx.fabrikam.example").reply();
            assertThat(smtp.send("MAIL FROM:<postmaster@fabrikam.example>").reply())
                    .containsExactly("250 Ok");
            assertThat(smtp.send("RCPT TO:<" + ALICE + ">").reply()).containsExactly("250 Ok");
            smtp.send("DATA").reply();
            assertThat(smtp.send("Subject: still up", "", "an ordinary message", ".")
                            .reply())
                    .containsExactly("250 Ok");
            smtp.send("QUIT").reply();
        }
        assertThat(pair.transport().messages(ALICE))
                .extracting(MimeMessage::getSubject)
                .containsExactly("still up");
    }
}
