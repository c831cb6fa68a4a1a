package io.fedemu.tenant.ews;

import io.fedemu.client.availability.AvailabilityClient;
import io.fedemu.protocol.journal.JournalEntry;
import io.fedemu.runtime.journal.Journal;
import io.fedemu.tenant.federation.DelegationTokenValidator;
import io.fedemu.tenant.federation.TokenRejectedException;
import io.fedemu.tenant.federation.ValidatedToken;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.namespace.QName;
import org.apache.cxf.binding.soap.SoapFault;
import org.apache.cxf.binding.soap.SoapMessage;
import org.apache.cxf.binding.soap.interceptor.AbstractSoapInterceptor;
import org.apache.cxf.headers.Header;
import org.apache.cxf.message.Message;
import org.apache.cxf.phase.Phase;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Authenticates a partner organization on /EWS/Exchange.asmx/WSSecurity by its delegation token in
 * {@code wsse:Security} (mustUnderstand, which this interceptor declares it understands). A token
 * that fails a check is a SOAP fault naming the check, before any calendar is looked at.
 */
public final class DelegationTokenAuthentication extends AbstractSoapInterceptor {
    static final QName SECURITY = new QName(AvailabilityClient.WSSE, "Security");
    static final String TOKEN = DelegationTokenAuthentication.class.getName() + ".token";

    /** The trust's validator; null while the organization has no federation trust yet (issue 17). */
    private final java.util.function.Supplier<DelegationTokenValidator> validator;

    private final String offer;
    private final Map<QName, String> offersByOperation;
    private final Journal journal;
    private final String role;
    private final JournalEntry.Step step;

    public DelegationTokenAuthentication(
            DelegationTokenValidator validator, String offer, Journal journal, String role) {
        this(validator, offer, Map.of(), journal, role, JournalEntry.Step.TOKEN_VALIDATION);
    }

    /**
     * The same checks for another service's /WSSecurity: Autodiscover takes the MSExchange.Autodiscover offer and
     * journals its own step, so the trace shows that token as a link of its own (PROTOCOL.md section 14).
     */
    public DelegationTokenAuthentication(
            DelegationTokenValidator validator, String offer, Journal journal, String role, JournalEntry.Step step) {
        this(validator, offer, Map.of(), journal, role, step);
    }

    /**
     * @param offer             the offer a token must be for
     * @param offersByOperation another offer for the operations whose body element is named here: each operation
     *                          takes the token of its own offer, as Exchange's MailTips take MSExchange.MailTips
     *                          (PROTOCOL.md section 15)
     */
    public DelegationTokenAuthentication(
            DelegationTokenValidator validator,
            String offer,
            Map<QName, String> offersByOperation,
            Journal journal,
            String role) {
        this(validator, offer, offersByOperation, journal, role, JournalEntry.Step.TOKEN_VALIDATION);
    }

    private DelegationTokenAuthentication(
            DelegationTokenValidator validator,
            String offer,
            Map<QName, String> offersByOperation,
            Journal journal,
            String role,
            JournalEntry.Step step) {
        this(() -> validator, offer, offersByOperation, journal, role, step);
    }

    /**
     * For an organization whose federation trust New-FederationTrust may create while it runs (issue 17):
     * {@code validator} is asked at each request; until it gives one, /WSSecurity requests pass on as they would
     * with no token interceptor at all.
     */
    public static DelegationTokenAuthentication onDemand(
            java.util.function.Supplier<DelegationTokenValidator> validator,
            String offer,
            Map<QName, String> offersByOperation,
            Journal journal,
            String role,
            JournalEntry.Step step) {
        return new DelegationTokenAuthentication(validator, offer, offersByOperation, journal, role, step);
    }

    private DelegationTokenAuthentication(
            java.util.function.Supplier<DelegationTokenValidator> validator,
            String offer,
            Map<QName, String> offersByOperation,
            Journal journal,
            String role,
            JournalEntry.Step step) {
        super(Phase.PRE_PROTOCOL);
        this.validator = validator;
        this.offer = offer;
        this.offersByOperation = Map.copyOf(offersByOperation);
        this.journal = journal;
        this.role = role;
        this.step = step;
    }

    /** The offer of the operation this message asks for: its body element, where the headers' reading left off. */
    private String offerFor(SoapMessage message) {
        javax.xml.stream.XMLStreamReader reader = message.getContent(javax.xml.stream.XMLStreamReader.class);
        if (reader != null && reader.getEventType() == javax.xml.stream.XMLStreamConstants.START_ELEMENT) {
            return offersByOperation.getOrDefault(reader.getName(), offer);
        }
        return offer;
    }

    @Override
    public Set<QName> getUnderstoodHeaders() {
        return Set.of(SECURITY);
    }

    /** The validated token of the partner's request, if this message came through /WSSecurity. */
    static ValidatedToken token(Message message) {
        return (ValidatedToken) message.get(TOKEN);
    }

    /** The partner's validated token, for a service outside this package (Autodiscover); null when none. */
    public static ValidatedToken validated(Message message) {
        return token(message);
    }

    @Override
    public void handleMessage(SoapMessage message) {
        DelegationTokenValidator current = validator.get();
        if (current == null || !BasicAuthentication.isWsSecurity(message)) {
            return;
        }
        String requestId = requestId(message);
        try {
            ValidatedToken token = current.validate(binaryToken(message), offerFor(message));
            message.put(TOKEN, token);
            journal.pass(
                    role,
                    requestId,
                    step,
                    token.email(),
                    token.jti(),
                    "signed by gateway key " + token.signingKeyId() + ", encrypted to " + token.encryptionKeyId()
                            + ", for " + token.offer() + " until " + token.expiresAt());
        } catch (TokenRejectedException e) {
            journal.fail(role, requestId, step, e.check(), null, null, e.getMessage());
            throw fault(e);
        }
    }

    private static String binaryToken(SoapMessage message) {
        for (Header header : message.getHeaders()) {
            if (SECURITY.equals(header.getName()) && header.getObject() instanceof Element security) {
                for (Node child = security.getFirstChild(); child != null; child = child.getNextSibling()) {
                    if ("BinarySecurityToken".equals(child.getLocalName())) {
                        return child.getTextContent().trim();
                    }
                }
            }
        }
        return null;
    }

    @SuppressWarnings("unchecked")
    static String requestId(Message message) {
        Map<String, List<String>> headers = (Map<String, List<String>>) message.get(Message.PROTOCOL_HEADERS);
        if (headers == null) {
            return null;
        }
        return headers.entrySet().stream()
                .filter(e -> e.getKey().equalsIgnoreCase(AvailabilityClient.REQUEST_ID_HEADER))
                .flatMap(e -> e.getValue().stream())
                .findFirst()
                .orElse(null);
    }

    /**
     * What Exchange answers ("An error occurred when verifying security for the message"), with the
     * failed check named in the detail so the requesting side and the trace can say which link broke.
     */
    private static SoapFault fault(TokenRejectedException e) {
        SoapFault fault = new SoapFault(
                "An error occurred when verifying security for the message: " + e.getMessage(),
                new QName(AvailabilityClient.WSSE, "InvalidSecurity", "wsse"));
        fault.setDetail(EwsFault.detail("ErrorInvalidClientSecurityContext", e.getMessage(), e.check()));
        return fault;
    }
}
