package io.fedemu.tenant.ews;

import io.fedemu.client.availability.EwsCredentials;
import io.fedemu.tenant.directory.Directory;
import io.fedemu.tenant.directory.Mailbox;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.cxf.endpoint.Endpoint;
import org.apache.cxf.message.Exchange;
import org.apache.cxf.message.Message;
import org.apache.cxf.phase.AbstractPhaseInterceptor;
import org.apache.cxf.phase.Phase;
import org.apache.cxf.transport.Conduit;

/**
 * A server of the organization proxying one of its users' requests to this Client Access server as its service
 * account: an Exchange 2007 server following an availability address space with AccessMethod InternalProxy and
 * UseServiceAccount. Exchange accepts such a request from a server account (the token serialization right) and
 * takes the user from its SerializedSecurityContext header; here the organization's back-end secret proves the
 * server and {@code X-CommonAccessToken} names the user, who must be a mailbox of this organization. The request
 * then goes on as that user's own: the access rules and the federated call are this server's, as for a user who
 * signed in here. Requests with other credentials are left to BasicAuthentication, and .../WSSecurity to the
 * delegation token.
 */
public final class ServiceAccountAuthentication extends AbstractPhaseInterceptor<Message> {
    private static final String BEARER = "Bearer ";
    private final byte[] secret;
    private final Directory directory;

    public ServiceAccountAuthentication(String secret, Directory directory) {
        super(Phase.RECEIVE);
        addBefore(BasicAuthentication.class.getName());
        this.secret = (BEARER + secret).getBytes(StandardCharsets.US_ASCII);
        this.directory = directory;
    }

    @Override
    public void handleMessage(Message message) {
        String authorization = header(message, "Authorization");
        if (authorization == null
                || !authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())
                || BasicAuthentication.isWsSecurity(message)) {
            return;
        }
        CommonAccessToken token =
                CommonAccessToken.decode(header(message, EwsCredentials.BackEnd.COMMON_ACCESS_TOKEN_HEADER));
        if (!MessageDigest.isEqual(secret, authorization.getBytes(StandardCharsets.US_ASCII))
                || token == null
                || !(directory.lookup(token.requester()) instanceof Mailbox mailbox)) {
            refuse(message);
            return;
        }
        message.put(BasicAuthentication.REQUESTER, mailbox.address());
    }

    @SuppressWarnings("unchecked")
    private static String header(Message message, String name) {
        Map<String, List<String>> headers = (Map<String, List<String>>) message.get(Message.PROTOCOL_HEADERS);
        if (headers == null) {
            return null;
        }
        for (Map.Entry<String, List<String>> entry : headers.entrySet()) {
            if (entry.getKey() != null
                    && entry.getKey().equalsIgnoreCase(name)
                    && !entry.getValue().isEmpty()) {
                return entry.getValue().get(0);
            }
        }
        return null;
    }

    /** 401 before the body is read, as for any caller whose credentials do not verify. */
    private static void refuse(Message message) {
        Exchange exchange = message.getExchange();
        Message out = exchange.getOutMessage();
        if (out == null) {
            out = exchange.get(Endpoint.class).getBinding().createMessage();
            exchange.setOutMessage(out);
        }
        out.put(Message.RESPONSE_CODE, 401);
        out.put(Message.PROTOCOL_HEADERS, new TreeMap<String, List<String>>(String.CASE_INSENSITIVE_ORDER));
        out.put(Message.CONTENT_TYPE, "text/plain");
        message.getInterceptorChain().abort();
        try {
            Conduit backChannel = exchange.getDestination().getBackChannel(message);
            exchange.setConduit(backChannel);
            backChannel.prepare(out);
            OutputStream body = out.getContent(OutputStream.class);
            body.write(("401 Unauthorized: a server's request needs the organization's server credentials and a"
                            + " user of the organization.\n")
                    .getBytes(StandardCharsets.US_ASCII));
            body.flush();
            body.close();
        } catch (IOException e) {
            throw new IllegalStateException("cannot send the 401", e);
        }
    }
}
