package io.fedemu.tenant.ews;

import io.fedemu.tenant.directory.Directory;
import io.fedemu.tenant.directory.Mailbox;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import org.apache.cxf.configuration.security.AuthorizationPolicy;
import org.apache.cxf.message.Message;
import org.apache.cxf.phase.AbstractPhaseInterceptor;
import org.apache.cxf.phase.Phase;

/**
 * HTTP Basic for local users, checked before the body is read. A request without credentials gets
 * 401 with {@code WWW-Authenticate: Basic}: the EWS Java API only sends credentials after that
 * challenge. The authenticated mailbox's address travels on in the message for the endpoint.
 */
public final class BasicAuthentication extends AbstractPhaseInterceptor<Message> {
    static final String REQUESTER = BasicAuthentication.class.getName() + ".requester";
    private final Directory directory;
    private final String realm;
    private final java.util.function.BooleanSupplier partnersByToken;
    private final boolean optional;

    /** With {@code partnersByToken}, requests to .../WSSecurity are left to the token interceptor. */
    public BasicAuthentication(Directory directory, String realm, boolean partnersByToken) {
        this(directory, realm, () -> partnersByToken, false);
    }

    /** The same, asked at each request: from New-FederationTrust on, partners come by token (issue 17). */
    public BasicAuthentication(Directory directory, String realm, java.util.function.BooleanSupplier partnersByToken) {
        this(directory, realm, partnersByToken, false);
    }

    private BasicAuthentication(
            Directory directory, String realm, java.util.function.BooleanSupplier partnersByToken, boolean optional) {
        super(Phase.RECEIVE);
        this.directory = directory;
        this.realm = realm;
        this.partnersByToken = partnersByToken;
        this.optional = optional;
    }

    /**
     * For Autodiscover, where GetFederationInformation is anonymous: a request without credentials passes on
     * anonymous (what it may ask is decided per operation), one with wrong credentials is still challenged, a
     * signed-in user is named in the message, and .../WSSecurity is left to the partner's delegation token.
     */
    public static BasicAuthentication optional(Directory directory, String realm) {
        return new BasicAuthentication(directory, realm, () -> true, true);
    }

    /** Exchange serves partners at the EWS URL with /WSSecurity appended (PROTOCOL.md section 3). */
    static boolean isWsSecurity(Message message) {
        Object uri = message.get(Message.REQUEST_URI);
        return uri != null && uri.toString().endsWith("/WSSecurity");
    }

    /** The authenticated requester's primary address; null when the caller did not sign in. */
    public static String requester(Message message) {
        return (String) message.get(REQUESTER);
    }

    @Override
    public void handleMessage(Message message) {
        if (partnersByToken.getAsBoolean() && isWsSecurity(message)) {
            return;
        }
        if (requester(message) != null) {
            // A server of the organization already authenticated the user (ServiceAccountAuthentication).
            return;
        }
        AuthorizationPolicy policy = message.get(AuthorizationPolicy.class);
        if (policy == null || policy.getUserName() == null || policy.getPassword() == null) {
            if (optional) {
                return;
            }
            challenge(message);
            return;
        }
        if (directory.lookup(policy.getUserName()) instanceof Mailbox mailbox
                && MessageDigest.isEqual(
                        mailbox.password().getBytes(StandardCharsets.UTF_8),
                        policy.getPassword().getBytes(StandardCharsets.UTF_8))) {
            message.put(REQUESTER, mailbox.address());
            return;
        }
        challenge(message);
    }

    /** Answers 401 and stops the chain: nothing of an unauthenticated body is parsed. */
    private void challenge(Message message) {
        Unauthorized.answer(
                message,
                "Basic realm=\"" + realm + "\"",
                "401 Unauthorized: HTTP Basic credentials of a mailbox are required.");
    }
}
