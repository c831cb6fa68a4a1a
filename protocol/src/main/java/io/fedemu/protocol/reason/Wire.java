package io.fedemu.protocol.reason;

/**
 * How a reason appears on the wire of the side that decides it. Every kind also says what the affected
 * mailbox shows in a GetUserAvailability answer, where that applies: the ResponseCode a real EWS client sees.
 */
public sealed interface Wire {
    /** The per-mailbox ResponseCode of a GetUserAvailability answer, or null when no mailbox is involved. */
    String mailboxResponseCode();

    /** One line for the reference table: where and how the reason is sent. */
    String describe();

    /**
     * A per-mailbox ResponseMessage with this ResponseCode (MS-OXWAVLS; ResponseCodeType in the EWS schema), or
     * a request-level SOAP fault with it when the whole request is refused.
     */
    record Ews(String responseCode) implements Wire {
        @Override
        public String mailboxResponseCode() {
            return responseCode;
        }

        @Override
        public String describe() {
            return "EWS ResponseCode " + responseCode;
        }
    }

    /**
     * The receiving organization refuses the partner's whole request with a SOAP fault (faultcode
     * {@code wsse:InvalidSecurity}, detail ResponseCode {@code ErrorInvalidClientSecurityContext}); the requesting
     * organization then answers each mailbox it asked for with ErrorProxyRequestProcessingFailed.
     */
    record SecurityFault() implements Wire {
        @Override
        public String mailboxResponseCode() {
            return "ErrorProxyRequestProcessingFailed";
        }

        @Override
        public String describe() {
            return "SOAP fault wsse:InvalidSecurity (ErrorInvalidClientSecurityContext); "
                    + "the requesting side's mailbox: ErrorProxyRequestProcessingFailed";
        }
    }

    /**
     * The gateway's token endpoint refuses with an OAuth error (RFC 6749 section 5.2, RFC 8693 section 2.2.2); the
     * requesting organization answers each mailbox of that partner with ErrorProxyRequestProcessingFailed.
     */
    record OAuth(int status, String error) implements Wire {
        @Override
        public String mailboxResponseCode() {
            return "ErrorProxyRequestProcessingFailed";
        }

        @Override
        public String describe() {
            return "HTTP " + status + " OAuth error " + error + "; the requesting side's mailbox: "
                    + "ErrorProxyRequestProcessingFailed";
        }
    }

    /** An admin API answer: HTTP status with an {@code application/problem+json} body (RFC 9457). */
    record Problem(int status) implements Wire {
        @Override
        public String mailboxResponseCode() {
            return null;
        }

        @Override
        public String describe() {
            return "HTTP " + status + " problem+json";
        }
    }

    /** Found by a client checking from outside; nothing is sent, the trace and the report carry it. */
    record Finding() implements Wire {
        @Override
        public String mailboxResponseCode() {
            return null;
        }

        @Override
        public String describe() {
            return "a finding of the trust-chain check (no wire answer of its own)";
        }
    }

    /**
     * An SMTP reply (RFC 5321 section 4.2, enhanced status code RFC 3463) with the text Exchange gives: sent by a
     * receiving connector, or, for a hop the sending side refused itself, the last error of its queue and the
     * text of the non-delivery report (docs/PROTOCOL.md section 17).
     */
    record Smtp(int code, String enhancedStatus, String text) implements Wire {
        public Smtp {
            if (code < 400 || code > 599) {
                throw new IllegalArgumentException("an SMTP refusal is a 4xx or 5xx reply: " + code);
            }
        }

        /** The reply line as it goes on the wire, without CRLF. */
        public String line() {
            return code + " " + enhancedStatus + " " + text;
        }

        @Override
        public String mailboxResponseCode() {
            return null;
        }

        @Override
        public String describe() {
            return "SMTP reply " + line();
        }
    }
}
