package io.fedemu.tenant.crosspremises;

import static org.assertj.core.api.Assertions.assertThat;

import io.fedemu.client.availability.FreeBusyRequest;
import io.fedemu.protocol.ews.messages.FreeBusyResponseType;
import io.fedemu.protocol.journal.JournalEntry;
import io.fedemu.protocol.reason.Reason;
import io.fedemu.protocol.reason.ReasonXml;
import io.fedemu.protocol.tenant.FreeBusyAccessLevel;
import io.fedemu.protocol.tenant.OrganizationRelationship;
import io.fedemu.protocol.tenant.RelationshipChanges;
import io.fedemu.runtime.journal.Journal;
import io.fedemu.tenant.ews.AvailabilityRequest;
import io.fedemu.tenant.ews.CrossPremisesAvailability.RemoteTarget;
import io.fedemu.tenant.relationship.RelationshipStore;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The requesting side runs a bounded number of partner calls: when every thread is busy and the queue is full,
 * the mailboxes of a further partner answer ErrorProxyRequestProcessingFailed naming PARTNER_CALLS_BUSY at once, instead of
 * another thread being started, and the journal says so.
 */
class PartnerCallsBusyTest {
    @TempDir
    Path home;

    @Test
    void aFullPartnerCallPoolAnswersAtOnceNamingTheReason() throws Exception {
        OrganizationRelationship fabrikam = OrganizationRelationship.named("Fabrikam", "fabrikam.com")
                .with(RelationshipChanges.builder()
                        .freeBusyAccessEnabled(true)
                        .freeBusyAccessLevel(FreeBusyAccessLevel.AVAILABILITY_ONLY)
                        .targetApplicationUri("FYDIBOHF25SPDLT.fabrikam.com")
                        .targetSharingEpr("https://127.0.0.1:1/EWS/Exchange.asmx")
                        .build());
        ThreadPoolExecutor full = new ThreadPoolExecutor(1, 1, 1, TimeUnit.SECONDS, new SynchronousQueue<>());
        CountDownLatch release = new CountDownLatch(1);
        full.execute(() -> {
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        Journal journal = new Journal(Clock.systemUTC());
        FederatedAvailability federated = new FederatedAvailability(
                "contoso",
                new RelationshipStore(home, List.of(fabrikam)),
                null, // never reached: the call is refused before it runs
                null,
                url -> {
                    throw new AssertionError("no partner call may start");
                },
                journal,
                full,
                Duration.ofSeconds(5));
        try {
            Map<Integer, FreeBusyResponseType> answers = federated.answer(
                    List.of(new RemoteTarget(0, "pat@fabrikam.com", "pat@fabrikam.com")),
                    AvailabilityRequest.read(
                            FreeBusyRequest.day(LocalDate.of(2026, 11, 30), "pat@fabrikam.com")
                                    .wire(),
                            null,
                            null),
                    "alice@contoso.com",
                    "busy-1");

            assertThat(answers.get(0).getResponseMessage().getResponseCode().value())
                    .isEqualTo("ErrorProxyRequestProcessingFailed");
            assertThat(ReasonXml.read(answers.get(0).getResponseMessage())).contains(Reason.PARTNER_CALLS_BUSY);
            assertThat(journal.request("busy-1"))
                    .filteredOn(entry -> entry.verdict() == JournalEntry.Verdict.FAIL)
                    .extracting(JournalEntry::step, JournalEntry::reason)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(
                            JournalEntry.Step.PARTNER_CALL, Reason.PARTNER_CALLS_BUSY));
        } finally {
            release.countDown();
            full.shutdownNow();
        }
    }
}
