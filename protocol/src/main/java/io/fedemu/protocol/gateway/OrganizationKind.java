package io.fedemu.protocol.gateway;

/** Where an Exchange organization runs; decides the default shape of its application URI. */
public enum OrganizationKind {
    /** Application URI {@code FYDIBOHF25SPDLT.<first federated domain>}. */
    ON_PREMISES,
    /** A fixed service URI, such as Exchange Online's {@code outlook.com}. */
    CLOUD
}
