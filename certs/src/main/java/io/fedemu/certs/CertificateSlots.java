package io.fedemu.certs;

import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * Current, next and previous certificate of one rolling identity. Immutable: each transition returns
 * new slots, so a half-applied rollover cannot be observed.
 *
 * <p>Rollover as Exchange does it: {@code Set-FederationTrust -Thumbprint} stages a next certificate;
 * {@code -PublishFederationCertificate} makes it current and keeps the old current as previous, which
 * still decrypts tokens issued before the switch.
 *
 * @param <T> what a slot holds: a {@link Credential} where the private key is ours, an
 *            {@link X509Certificate} where only the public part is known
 */
public record CertificateSlots<T>(T current, T next, T previous) {
    public CertificateSlots {
        Objects.requireNonNull(current, "a rolling identity always has a current certificate");
    }

    public static <T> CertificateSlots<T> of(T current) {
        return new CertificateSlots<>(current, null, null);
    }

    public Optional<T> get(Slot slot) {
        return Optional.ofNullable(
                switch (slot) {
                    case CURRENT -> current;
                    case NEXT -> next;
                    case PREVIOUS -> previous;
                });
    }

    /** Stages {@code candidate} as next; replaces an earlier staged one, as a second -Thumbprint would. */
    public CertificateSlots<T> stageNext(T candidate) {
        Objects.requireNonNull(candidate, "candidate");
        if (candidate.equals(current)) {
            throw new IllegalArgumentException("the certificate to stage is already the current one");
        }
        return new CertificateSlots<>(current, candidate, previous);
    }

    /** Next becomes current, current becomes previous, the old previous is dropped. */
    public CertificateSlots<T> publish() {
        if (next == null) {
            throw new IllegalStateException("no next certificate is staged: stage one before publishing");
        }
        return new CertificateSlots<>(next, null, current);
    }

    /** Makes current the only key: tokens encrypted to the previous one stop being readable. */
    public CertificateSlots<T> dropPrevious() {
        return new CertificateSlots<>(current, next, null);
    }

    /** Current first, then previous: the order in which a receiver tries keys. */
    public List<T> acceptable() {
        return previous == null ? List.of(current) : List.of(current, previous);
    }

    /** The validity of every filled slot at the clock's instant, warning {@code warnWithin} before expiry. */
    public List<SlotValidity<T>> validity(Clock clock, Duration warnWithin, Function<T, X509Certificate> certificate) {
        Instant now = clock.instant();
        List<SlotValidity<T>> result = new ArrayList<>();
        for (Slot slot : Slot.values()) {
            get(slot).ifPresent(value -> {
                X509Certificate cert = certificate.apply(value);
                result.add(new SlotValidity<>(
                        slot,
                        value,
                        SlotValidity.State.of(cert, now, warnWithin),
                        cert.getNotAfter().toInstant()));
            });
        }
        return List.copyOf(result);
    }
}
