package io.fedemu.emulator.cli;

import io.fedemu.client.availability.AvailabilityClient;
import io.fedemu.client.availability.EwsCredentials;
import io.fedemu.protocol.emulator.Endpoints;
import io.fedemu.protocol.ews.messages.ResponseMessageType;
import io.fedemu.protocol.ews.types.ResponseClassType;
import io.fedemu.protocol.reason.ReasonXml;
import java.net.URI;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import org.apache.cxf.Bus;
import org.apache.cxf.BusFactory;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/**
 * What the delivery report commands share (a picocli mixin): who signs in to EWS, their password, and
 * {@code --bypass-delegate-checking}, which sends the state directory's admin credential (PROTOCOL.md section 19).
 */
final class TrackingUser {
    @Option(names = "--as", paramLabel = "ADDRESS", description = "Who signs in to EWS (default: --identity).")
    String user;

    @Option(names = "--password", paramLabel = "P", description = "Their password (default: endpoints.json's).")
    String password;

    @Option(
            names = "--bypass-delegate-checking",
            description = "As the administrator: track any user's messages (sends the admin credential).")
    boolean bypassDelegateChecking;

    /** One call to the signed-in user's EWS: the tenant their mailbox is in, HTTP Basic, the admin credential. */
    <T> T ask(RunningEmulator emulator, String signedIn, CommandSpec spec, Function<Call, T> call) {
        Endpoints.Tenant home = emulator.homeOf(signedIn)
                .orElseThrow(() -> new ParameterException(
                        spec.commandLine(), "no organization of this emulator has a mailbox " + signedIn));
        String secret = password != null
                ? password
                : emulator.password(home, signedIn)
                        .orElseThrow(() -> new ParameterException(
                                spec.commandLine(),
                                "no password for " + signedIn + " in endpoints.json: give --password"));
        // A bus of our own, shut down after, so an in-process run leaves no client threads behind.
        Bus bus = BusFactory.newInstance().createBus();
        try {
            AvailabilityClient client =
                    new AvailabilityClient(bus, URI.create(home.ews()), emulator.tls(), Duration.ofSeconds(30));
            return call.apply(new Call(
                    client,
                    new EwsCredentials.Basic(signedIn, secret),
                    SignedInUser.requestId(),
                    bypassDelegateChecking ? emulator.admin().token() : null));
        } finally {
            bus.shutdown(true);
        }
    }

    /** The client, the credentials, the request's id and the admin credential (or null) of one call. */
    record Call(AvailabilityClient client, EwsCredentials credentials, String requestId, String adminToken) {}

    /** A refused answer's lines: ResponseCode, MessageText and the Reason, as Format-List prints them. */
    static Map<String, String> refusal(ResponseMessageType answer) {
        Map<String, String> lines = new LinkedHashMap<>();
        lines.put("ResponseCode", String.valueOf(answer.getResponseCode().value()));
        lines.put("MessageText", FormatList.text(answer.getMessageText()));
        lines.put("Reason", ReasonXml.read(answer).map(Enum::name).orElse(""));
        return lines;
    }

    static boolean failed(ResponseMessageType answer) {
        return answer.getResponseClass() == ResponseClassType.ERROR;
    }
}
