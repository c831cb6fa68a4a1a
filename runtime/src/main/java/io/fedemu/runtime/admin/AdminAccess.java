package io.fedemu.runtime.admin;

import io.fedemu.certs.AtomicFiles;
import io.fedemu.protocol.admin.AdminCredential;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * Who may use the {@code /admin} APIs of the roles on one state directory: whoever presents its admin token
 * ({@link #TOKEN}), or, when a training scenario says so, anyone on the machine ({@link #open()}). The token is
 * 256 random bits, created once per state directory (owner-only, atomically, so the roles of one directory agree
 * on it) and kept across restarts, so a script that read it keeps working; {@code --reset} makes a new one.
 *
 * @param open       true when the scenario opted out of the token (the Host, Origin and Content-Type checks stay)
 * @param credential the token the roles expect and the clients send
 */
public record AdminAccess(boolean open, AdminCredential credential) {
    private static final SecureRandom RANDOM = new SecureRandom();

    /** The mode names a scenario and endpoints.json use. */
    public static final String TOKEN = "token";

    public static final String OPEN = "open";

    /** The token of {@code stateDirectory}, created if this is the directory's first use. */
    public static AdminAccess of(Path stateDirectory) {
        return new AdminAccess(false, tokenOf(stateDirectory));
    }

    /** The same token, no longer required (a scenario's {@code admin: open}). */
    public AdminAccess opened() {
        return new AdminAccess(true, credential);
    }

    public String mode() {
        return open ? OPEN : TOKEN;
    }

    public static Path tokenFile(Path stateDirectory) {
        return stateDirectory.resolve(AdminCredential.FILE_NAME);
    }

    /** Constant-time comparison: the answer must not say how many leading characters were right. */
    public boolean accepts(String presented) {
        if (presented == null || !credential.present()) {
            return false;
        }
        return MessageDigest.isEqual(
                presented.getBytes(StandardCharsets.UTF_8), credential.token().getBytes(StandardCharsets.UTF_8));
    }

    private static AdminCredential tokenOf(Path stateDirectory) {
        Path file = tokenFile(stateDirectory);
        byte[] random = new byte[32];
        RANDOM.nextBytes(random);
        String fresh = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        // Of two roles (or processes) initialising one directory, exactly one creates the file; both read it.
        AtomicFiles.createPrivate(file, (fresh + "\n").getBytes(StandardCharsets.US_ASCII));
        try {
            String token = Files.readString(file, StandardCharsets.US_ASCII).trim();
            if (token.length() < 32 || !token.matches("[A-Za-z0-9_-]+")) {
                throw new IllegalStateException("the admin token in " + file + " is not one fedemu wrote ("
                        + token.length() + " characters); delete the file to have a new one made at the next start");
            }
            return new AdminCredential(token);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the admin token " + file + ": " + e.getMessage(), e);
        }
    }

    @Override
    public String toString() {
        return "AdminAccess[" + mode() + "]";
    }
}
