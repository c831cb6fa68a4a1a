package io.fedemu.tenant.ews;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.cxf.endpoint.Endpoint;
import org.apache.cxf.message.Exchange;
import org.apache.cxf.message.Message;
import org.apache.cxf.transport.Conduit;

/** A 401 written from an in-interceptor, which then stops the chain: nothing of the body is parsed. */
public final class Unauthorized {
    private Unauthorized() {}

    /** @param challenge the WWW-Authenticate value, or null for none */
    public static void answer(Message message, String challenge, String text) {
        Exchange exchange = message.getExchange();
        Message out = exchange.getOutMessage();
        if (out == null) {
            out = exchange.get(Endpoint.class).getBinding().createMessage();
            exchange.setOutMessage(out);
        }
        out.put(Message.RESPONSE_CODE, 401);
        Map<String, List<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        if (challenge != null) {
            headers.put("WWW-Authenticate", new ArrayList<>(List.of(challenge)));
        }
        out.put(Message.PROTOCOL_HEADERS, headers);
        out.put(Message.CONTENT_TYPE, "text/plain");
        message.getInterceptorChain().abort();
        try {
            Conduit backChannel = exchange.getDestination().getBackChannel(message);
            exchange.setConduit(backChannel);
            backChannel.prepare(out);
            OutputStream body = out.getContent(OutputStream.class);
            body.write((text + "\n").getBytes(StandardCharsets.US_ASCII));
            body.flush();
            body.close();
        } catch (IOException e) {
            throw new IllegalStateException("cannot send the 401", e);
        }
    }
}
