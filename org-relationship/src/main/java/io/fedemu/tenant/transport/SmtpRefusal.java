package io.fedemu.tenant.transport;

import io.fedemu.protocol.reason.Reason;
import io.fedemu.protocol.reason.Wire;
import java.util.Arrays;
import java.util.Optional;
import org.subethamail.smtp.RejectException;

/** A connector's refusal: the SMTP reply of its {@link Reason}, exactly as the reason's wire names it. */
public final class SmtpRefusal extends RejectException {
    private static final long serialVersionUID = 1L;

    private final transient Reason reason;

    public SmtpRefusal(Reason reason) {
        super(
                smtp(reason).code(),
                smtp(reason).enhancedStatus() + " " + smtp(reason).text());
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }

    /** The reply line of {@code reason}. */
    public static String line(Reason reason) {
        return smtp(reason).line();
    }

    /** The reason whose reply {@code line} is (a received reply read back off the wire), if any. */
    public static Optional<Reason> reasonOf(String line) {
        String trimmed = line == null ? "" : line.trim();
        return Arrays.stream(Reason.values())
                .filter(r -> r.wire() instanceof Wire.Smtp)
                .filter(r -> trimmed.startsWith(smtp(r).line()))
                .findFirst();
    }

    private static Wire.Smtp smtp(Reason reason) {
        if (reason.wire() instanceof Wire.Smtp smtp) {
            return smtp;
        }
        throw new IllegalArgumentException(reason + " is not answered with an SMTP reply");
    }
}
