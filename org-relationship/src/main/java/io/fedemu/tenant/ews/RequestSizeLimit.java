package io.fedemu.tenant.ews;

import io.fedemu.protocol.reason.Reason;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.apache.cxf.message.Message;
import org.apache.cxf.phase.AbstractPhaseInterceptor;
import org.apache.cxf.phase.Phase;

/**
 * Exchange refuses request bodies over 400 KB with ErrorRequestStreamTooBig (PROTOCOL.md section 2).
 * The body is read up to the limit before any XML parser sees it, declared length or chunked alike. At EWS it
 * runs after Basic authentication (an unauthenticated Basic request is refused unread) and before the delegation
 * token is read from a /WSSecurity request's header; SOAP Autodiscover, anonymous, uses it with a smaller limit.
 */
public final class RequestSizeLimit extends AbstractPhaseInterceptor<Message> {
    public static final int DEFAULT_MAX_BYTES = 400 * 1024;
    /**
     * The message property holding the body as read (a {@code byte[]}): SchemaValidation reads it again, and
     * SchemaValidationFault finds the element a parser's line and position point at.
     */
    public static final String BODY = RequestSizeLimit.class.getName() + ".body";

    private final int maxBytes;

    public RequestSizeLimit(int maxBytes) {
        super(Phase.RECEIVE);
        // Only authenticated bodies are worth buffering.
        addAfter(BasicAuthentication.class.getName());
        this.maxBytes = maxBytes;
    }

    @Override
    public void handleMessage(Message message) {
        InputStream body = message.getContent(InputStream.class);
        if (body == null) {
            return;
        }
        try {
            byte[] bytes = body.readNBytes(maxBytes + 1);
            if (bytes.length > maxBytes) {
                throw EwsFault.of(Reason.REQUEST_TOO_BIG, "The request body is larger than " + maxBytes + " bytes.");
            }
            message.setContent(InputStream.class, new ByteArrayInputStream(bytes));
            message.put(BODY, bytes);
        } catch (IOException e) {
            // The I/O error's own words are Java's, never the wire's (PROTOCOL.md section 14).
            throw EwsFault.of(Reason.REQUEST_TOO_BIG, "The request body could not be read to its end.");
        }
    }
}
