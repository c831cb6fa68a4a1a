package io.fedemu.certs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class CertificateSlotsTest {
    private static final Clock CLOCK = Clock.systemUTC();
    private static final CertificateAuthority CA = CertificateAuthority.create(CLOCK);
    private final Credential first = CA.issueFederation("contoso");
    private final Credential second = CA.issueFederation("contoso");
    private final Credential third = CA.issueFederation("contoso");

    @Test
    void stagingKeepsCurrentInUseUntilPublished() {
        CertificateSlots<Credential> staged = CertificateSlots.of(first).stageNext(second);

        assertThat(staged.current()).isEqualTo(first);
        assertThat(staged.next()).isEqualTo(second);
        assertThat(staged.acceptable()).containsExactly(first);
    }

    @Test
    void publishMakesNextCurrentAndKeepsTheOldCurrentAsPrevious() {
        CertificateSlots<Credential> published =
                CertificateSlots.of(first).stageNext(second).publish();

        assertThat(published).isEqualTo(new CertificateSlots<>(second, null, first));
        assertThat(published.acceptable()).containsExactly(second, first);
    }

    @Test
    void aSecondPublishDropsTheOldestCertificate() {
        CertificateSlots<Credential> twice = CertificateSlots.of(first)
                .stageNext(second)
                .publish()
                .stageNext(third)
                .publish();

        assertThat(twice).isEqualTo(new CertificateSlots<>(third, null, second));
        assertThat(twice.acceptable()).doesNotContain(first);
    }

    @Test
    void publishWithoutAStagedCertificateIsRefusedAndChangesNothing() {
        CertificateSlots<Credential> slots = CertificateSlots.of(first);

        assertThatThrownBy(slots::publish)
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("no next certificate is staged");
        assertThat(slots).isEqualTo(CertificateSlots.of(first));
    }

    @Test
    void stagingTheCurrentCertificateAgainIsRefused() {
        assertThatThrownBy(() -> CertificateSlots.of(first).stageNext(first))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("already the current");
    }

    @Test
    void droppingPreviousLeavesOnlyCurrentAcceptable() {
        CertificateSlots<Credential> dropped =
                CertificateSlots.of(first).stageNext(second).publish().dropPrevious();

        assertThat(dropped.acceptable()).containsExactly(second);
    }

    @Test
    void expiryCheckReportsEachFilledSlot() {
        CertificateSlots<Credential> slots =
                CertificateSlots.of(first).stageNext(second).publish();
        Instant notAfter = first.certificate().getNotAfter().toInstant();

        assertThat(slots.validity(CLOCK, Duration.ofDays(30), Credential::certificate))
                .extracting(SlotValidity::slot, SlotValidity::state)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(Slot.CURRENT, SlotValidity.State.VALID),
                        org.assertj.core.groups.Tuple.tuple(Slot.PREVIOUS, SlotValidity.State.VALID));
        assertThat(stateAt(notAfter.minus(Duration.ofDays(10)))).isEqualTo(SlotValidity.State.EXPIRING_SOON);
        assertThat(stateAt(notAfter.plusSeconds(1))).isEqualTo(SlotValidity.State.EXPIRED);
        assertThat(stateAt(first.certificate().getNotBefore().toInstant().minusSeconds(1)))
                .isEqualTo(SlotValidity.State.NOT_YET_VALID);
    }

    private SlotValidity.State stateAt(Instant instant) {
        List<SlotValidity<X509Certificate>> validity = CertificateSlots.of(first.certificate())
                .validity(Clock.fixed(instant, ZoneOffset.UTC), Duration.ofDays(30), certificate -> certificate);
        return validity.get(0).state();
    }
}
