package io.fedemu.protocol.gateway;

/** Where the gateway serves what, relative to its external URL. */
public final class GatewayPaths {
    public static final String DISCOVERY = "/.well-known/openid-configuration";
    public static final String METADATA = "/federation/metadata";
    public static final String JWKS = "/federation/jwks";
    public static final String TOKEN = "/federation/token";
    public static final String ADMIN = "/admin";

    private GatewayPaths() {}
}
