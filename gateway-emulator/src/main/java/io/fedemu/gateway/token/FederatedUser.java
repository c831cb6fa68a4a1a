package io.fedemu.gateway.token;

/** The user a delegation token speaks for, as the requesting organization vouched for them. */
public record FederatedUser(String email, String immutableId) {

    public String domain() {
        return email.substring(email.lastIndexOf('@') + 1).toLowerCase(java.util.Locale.ROOT);
    }
}
