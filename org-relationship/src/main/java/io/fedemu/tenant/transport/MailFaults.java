package io.fedemu.tenant.transport;

/**
 * The faults of the mail path, asked at every hop (docs/PROTOCOL.md section 18): the organizations' own faults
 * ({@code set-fault}) decide them, so a change shows on the next message.
 */
public interface MailFaults {
    MailFaults NONE = new MailFaults() {
        @Override
        public boolean stripsStartTls(String from, String to) {
            return false;
        }

        @Override
        public boolean expiredCertificate(String organization) {
            return false;
        }
    };

    /** Whether a device on the SMTP path from {@code from} to {@code to} removes STARTTLS from the EHLO answer. */
    boolean stripsStartTls(String from, String to);

    /** Whether {@code organization}'s SMTP certificate has been swapped for an expired one. */
    boolean expiredCertificate(String organization);
}
