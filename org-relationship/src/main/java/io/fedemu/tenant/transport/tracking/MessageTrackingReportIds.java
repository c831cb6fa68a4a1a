package io.fedemu.tenant.transport.tracking;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.fedemu.certs.AtomicFiles;
import io.fedemu.client.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * MessageTrackingReportId values of one organization. The EWS reference says an id stands for the message id, the
 * organization where the message was found, the submitting server and an internal id; the format is Exchange's own.
 * fedemu's is {@code v1.<payload>.<mac>}: the payload those four as base64url JSON, the mac an HMAC-SHA256 with a key
 * of the organization's ({@code <state>/tenants/NAME/message-tracking.key}), so an id is opaque to clients,
 * round-trips through GetMessageTrackingReport across restarts, and an altered or another organization's id is
 * refused after a length check and one HMAC, before anything in it is read.
 */
public final class MessageTrackingReportIds {
    public static final String KEY_FILE_NAME = "message-tracking.key";
    /** Longer than any id this class writes (a Message-ID is at most 998 characters, RFC 5322). */
    public static final int MAX_LENGTH = 2048;

    private static final String VERSION = "v1";
    private static final int MAC_BYTES = 16;

    private final String organization;
    private final byte[] key;
    private final ObjectMapper json = Json.strict();

    /** What an id stands for. */
    public record ReportId(String organization, long internalId, String messageId, String server) {}

    MessageTrackingReportIds(String organization, byte[] key) {
        this.organization = organization;
        this.key = key.clone();
    }

    /** The organization's ids, keyed by its key file (written at first use); {@code folder} null: a fresh key. */
    public static MessageTrackingReportIds of(String organization, Path folder) {
        if (folder == null) {
            return new MessageTrackingReportIds(organization, fresh());
        }
        Path file = folder.resolve(KEY_FILE_NAME);
        try {
            if (!Files.exists(file)) {
                AtomicFiles.createPrivateDirectories(folder);
                AtomicFiles.createPrivate(file, Base64.getEncoder().encode(fresh()));
            }
            return new MessageTrackingReportIds(
                    organization,
                    Base64.getDecoder().decode(Files.readString(file).trim()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the message tracking key " + file, e);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("the message tracking key " + file + " is not base64", e);
        }
    }

    public String issue(long internalId, String messageId, String server) {
        try {
            byte[] payload = json.writeValueAsBytes(new ReportId(organization, internalId, messageId, server));
            Base64.Encoder url = Base64.getUrlEncoder().withoutPadding();
            return VERSION + "." + url.encodeToString(payload) + "." + url.encodeToString(mac(payload));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a report id", e);
        }
    }

    /** The id's content when this organization issued it unaltered; empty for anything else. */
    public Optional<ReportId> read(String id) {
        if (id == null || id.length() > MAX_LENGTH) {
            return Optional.empty();
        }
        String[] parts = id.trim().split("\\.", -1);
        if (parts.length != 3 || !VERSION.equals(parts[0])) {
            return Optional.empty();
        }
        try {
            byte[] payload = Base64.getUrlDecoder().decode(parts[1]);
            byte[] presented = Base64.getUrlDecoder().decode(parts[2]);
            if (!MessageDigest.isEqual(mac(payload), presented)) {
                return Optional.empty();
            }
            ReportId read = json.readValue(payload, ReportId.class);
            return organization.equals(read.organization()) ? Optional.of(read) : Optional.empty();
        } catch (IllegalArgumentException | IOException e) {
            return Optional.empty();
        }
    }

    private byte[] mac(byte[] payload) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return Arrays.copyOf(mac.doFinal(payload), MAC_BYTES);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }

    private static byte[] fresh() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return key;
    }
}
