package io.fedemu.tenant.ews;

import io.fedemu.client.availability.EwsCredentials;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import java.util.Map;
import org.apache.cxf.message.Message;
import org.apache.cxf.phase.AbstractPhaseInterceptor;
import org.apache.cxf.phase.Phase;

/**
 * The Mailbox server's back end answers only Client Access servers of its own organization (Exchange: Kerberos
 * with the server's machine account; here the organization's back-end secret), and only with the caller they
 * authenticated in {@code X-CommonAccessToken}. Anything else is 401 before the body is read: a user cannot
 * reach a back end around the Client Access server.
 */
public final class BackEndAuthentication extends AbstractPhaseInterceptor<Message> {
    static final String TOKEN = BackEndAuthentication.class.getName() + ".token";
    private final byte[] secret;

    public BackEndAuthentication(String secret) {
        super(Phase.RECEIVE);
        this.secret = ("Bearer " + secret).getBytes(StandardCharsets.US_ASCII);
    }

    static CommonAccessToken token(Message message) {
        return (CommonAccessToken) message.get(TOKEN);
    }

    @Override
    public void handleMessage(Message message) {
        String authorization = header(message, "Authorization");
        CommonAccessToken token =
                CommonAccessToken.decode(header(message, EwsCredentials.BackEnd.COMMON_ACCESS_TOKEN_HEADER));
        if (authorization == null
                || !MessageDigest.isEqual(secret, authorization.getBytes(StandardCharsets.US_ASCII))
                || token == null) {
            refuse(message);
            return;
        }
        message.put(TOKEN, token);
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

    private static void refuse(Message message) {
        Unauthorized.answer(
                message, null, "401 Unauthorized: the back end answers only the organization's Client Access servers.");
    }
}
