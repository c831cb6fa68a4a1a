package io.fedemu.gateway.token;

import java.time.Instant;

/** A delegation token as issued: compact JWE serialization and when it expires. */
public record IssuedToken(String token, Instant expiresAt, String jti) {}
