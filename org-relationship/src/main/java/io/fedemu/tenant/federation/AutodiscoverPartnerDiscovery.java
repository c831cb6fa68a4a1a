package io.fedemu.tenant.federation;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.fedemu.client.autodiscover.AutodiscoverClient;
import io.fedemu.client.autodiscover.AutodiscoverException;
import io.fedemu.client.availability.EwsCredentials;
import io.fedemu.client.availability.EwsFaultException;
import io.fedemu.client.gateway.TokenRequestRefusedException;
import io.fedemu.client.http.SafeText;
import io.fedemu.client.http.UnreachableException;
import io.fedemu.protocol.federation.UserSettingNames;
import io.fedemu.protocol.gateway.Offer;
import io.fedemu.protocol.journal.JournalEntry;
import io.fedemu.protocol.reason.Reason;
import io.fedemu.protocol.reason.Side;
import io.fedemu.protocol.tenant.OrganizationRelationship;
import io.fedemu.runtime.journal.Journal;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * TargetSharingEpr when the relationship names one (Autodiscover is then skipped, PROTOCOL.md section
 * 4); otherwise the partner's Autodiscover GetUserSettings ExternalEwsUrl, asked as Exchange asks it (PROTOCOL.md
 * section 14): with a delegation token for the MSExchange.Autodiscover offer, from the gateway for the requesting
 * user and the relationship's TargetApplicationUri, at the Autodiscover URL with /WSSecurity appended. The URL is
 * cached per Autodiscover endpoint, since every mailbox of an organization is served by the same EWS in fedemu.
 * Bounded (one entry per partner's Autodiscover endpoint; past {@link #MAX_PARTNERS} the least used is asked again).
 */
public final class AutodiscoverPartnerDiscovery implements PartnerDiscovery {
    static final int MAX_PARTNERS = 1_000;
    static final String WSSECURITY = "/WSSecurity";

    private final Function<URI, AutodiscoverClient> clients;
    private final DelegationTokenCache tokens;
    private final Journal journal;
    private final String role;
    private final Cache<URI, URI> ewsByAutodiscover = Caffeine.newBuilder()
            .maximumSize(MAX_PARTNERS)
            .executor(Runnable::run)
            .build();

    /**
     * @param clients an Autodiscover client per URL (the /WSSecurity one)
     * @param tokens  where the Autodiscover token comes from (the same cache as the free/busy tokens, keyed by offer)
     * @param role    the organization, as its journal entries name it
     */
    public AutodiscoverPartnerDiscovery(
            Function<URI, AutodiscoverClient> clients, DelegationTokenCache tokens, Journal journal, String role) {
        this.clients = clients;
        this.tokens = tokens;
        this.journal = journal;
        this.role = role;
    }

    @Override
    public URI ewsUrl(OrganizationRelationship relationship, String targetAddress, Caller caller) {
        if (relationship.targetSharingEpr() != null) {
            return URI.create(relationship.targetSharingEpr());
        }
        if (relationship.targetAutodiscoverEpr() == null) {
            throw new DiscoveryException("relationship " + relationship.name()
                    + " names neither TargetSharingEpr nor TargetAutodiscoverEpr");
        }
        URI autodiscover = wsSecurity(URI.create(relationship.targetAutodiscoverEpr()));
        URI cached = ewsByAutodiscover.getIfPresent(autodiscover);
        if (cached != null) {
            return cached;
        }
        String token = autodiscoverToken(relationship.targetApplicationUri(), caller);
        try {
            Map<String, String> settings = clients.apply(autodiscover)
                    .userSettings(
                            targetAddress,
                            List.of(UserSettingNames.EXTERNAL_EWS_URL),
                            new EwsCredentials.DelegationToken(token),
                            caller.requestId())
                    .values();
            String url = settings.get(UserSettingNames.EXTERNAL_EWS_URL);
            if (url == null) {
                throw new DiscoveryException(
                        "Autodiscover at " + autodiscover + " gave no ExternalEwsUrl for " + targetAddress);
            }
            URI ews = URI.create(url);
            ewsByAutodiscover.put(autodiscover, ews);
            return ews;
        } catch (DiscoveryException e) {
            throw e;
        } catch (EwsFaultException e) {
            Reason named = Reason.byName(e.reason());
            if (named == null || named.side() != Side.RECEIVING_ORGANIZATION) {
                throw new DiscoveryException(
                        "Autodiscover at " + autodiscover + " answered the fault " + SafeText.code(e.code()), e);
            }
            // Refused by the partner's check: keeping the token would repeat the refusal for its lifetime (8 hours).
            tokens.forget(caller.requester(), relationship.targetApplicationUri(), Offer.AUTODISCOVER);
            throw new DiscoveryException(
                    named,
                    JournalEntry.Step.DISCOVERY,
                    "The partner's Autodiscover at " + autodiscover + " refused the " + Offer.AUTODISCOVER.wireName()
                            + " token (" + named + "): " + SafeText.of(e.getMessage(), 300),
                    e);
        } catch (AutodiscoverException e) {
            throw new DiscoveryException(
                    "Autodiscover at " + autodiscover + " answered " + SafeText.code(e.errorCode()) + " for "
                            + targetAddress,
                    e);
        } catch (UnreachableException e) {
            throw new DiscoveryException("Autodiscover at " + autodiscover + " could not be reached", e);
        } catch (RuntimeException e) {
            // Never the exception's own text: it may be a library's words (PROTOCOL.md section 14).
            throw new DiscoveryException(
                    "Autodiscover at " + autodiscover + " answered something that is not a GetUserSettings answer", e);
        }
    }

    /** The gateway's token for the partner's Autodiscover, journaled as a link of its own. */
    private String autodiscoverToken(String audience, Caller caller) {
        if (audience == null || audience.isBlank()) {
            throw new DiscoveryException(
                    Reason.NO_TARGET_APPLICATION_URI,
                    JournalEntry.Step.AUTODISCOVER_TOKEN_REQUEST,
                    Reason.NO_TARGET_APPLICATION_URI.sentence(),
                    null);
        }
        try {
            DelegationTokenCache.Token token = tokens.token(
                    caller.requester(),
                    DelegationTokenCache.immutableId(caller.requester()),
                    audience,
                    Offer.AUTODISCOVER);
            journal.pass(
                    role,
                    caller.requestId(),
                    JournalEntry.Step.AUTODISCOVER_TOKEN_REQUEST,
                    caller.requester(),
                    audience,
                    (token.cached() ? "cached " : "new ") + Offer.AUTODISCOVER.wireName() + " token"
                            + (token.cached() ? " reused" : " from the gateway"));
            return token.value();
        } catch (TokenRequestRefusedException e) {
            Reason named = Reason.byName(e.error().reason());
            Reason refusal = named == null || named.side() != Side.GATEWAY ? Reason.GATEWAY_ANSWER_UNREADABLE : named;
            throw new DiscoveryException(
                    refusal,
                    JournalEntry.Step.AUTODISCOVER_TOKEN_REQUEST,
                    "The federation gateway refused an " + Offer.AUTODISCOVER.wireName() + " token for " + audience
                            + ": " + SafeText.of(e.error().errorDescription(), 300),
                    e);
        } catch (UnreachableException e) {
            throw new DiscoveryException(
                    Reason.GATEWAY_UNREACHABLE,
                    JournalEntry.Step.AUTODISCOVER_TOKEN_REQUEST,
                    "The federation gateway could not be reached for an " + Offer.AUTODISCOVER.wireName() + " token: "
                            + e.uri(),
                    e);
        }
    }

    /** Exchange's TargetAutodiscoverEpr ends in /WSSecurity (Get-FederationInformation); fedemu's may not. */
    static URI wsSecurity(URI autodiscover) {
        String text = autodiscover.toString();
        return text.endsWith(WSSECURITY) ? autodiscover : URI.create(text + WSSECURITY);
    }

    /** Forget discovered URLs (a partner moved). */
    public void clear() {
        ewsByAutodiscover.invalidateAll();
    }
}
