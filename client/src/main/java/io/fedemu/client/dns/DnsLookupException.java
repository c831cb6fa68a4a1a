package io.fedemu.client.dns;

/** The DNS server did not answer (or answered with a server failure): nothing can be said about the name. */
public final class DnsLookupException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public DnsLookupException(String message, Throwable cause) {
        super(message, cause);
    }
}
