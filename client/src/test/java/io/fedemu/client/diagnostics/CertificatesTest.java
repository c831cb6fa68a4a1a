package io.fedemu.client.diagnostics;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class CertificatesTest {
    private static final Instant NOW = Instant.parse("2026-11-27T12:00:00Z");

    @Test
    void anExpiredCertificateIsAnErrorAndOneCloseToExpiryAWarning() {
        assertThat(Certificates.judge(
                        "StsCertificate",
                        "The gateway's signing certificate",
                        "AB",
                        NOW.minus(Duration.ofDays(400)),
                        NOW.minus(Duration.ofDays(1)),
                        NOW))
                .isEqualTo(TestResult.error(
                        "StsCertificate",
                        "The gateway's signing certificate AB is valid from "
                                + "2025-10-23T12:00:00Z to 2026-11-26T12:00:00Z: it has expired."));
        assertThat(Certificates.judge(
                                "StsCertificate",
                                "x",
                                "AB",
                                NOW.minus(Duration.ofDays(1)),
                                NOW.plus(Duration.ofDays(10)),
                                NOW)
                        .type())
                .isEqualTo(TestResult.Type.WARNING);
        assertThat(Certificates.judge(
                                "StsCertificate",
                                "x",
                                "AB",
                                NOW.minus(Duration.ofDays(1)),
                                NOW.plus(Duration.ofDays(365)),
                                NOW)
                        .type())
                .isEqualTo(TestResult.Type.SUCCESS);
    }

    @Test
    void typesPrintAsExchangePrintsThem() {
        assertThat(TestResult.warning("AccessLevels", "m").format())
                .isEqualTo(String.join(
                        System.lineSeparator(), "Id      : AccessLevels", "Type    : Warning", "Message : m"));
    }
}
