package io.fedemu.protocol.tenant;

/** The body of Add-FederatedDomain ({@code POST /admin/federation-trust/domains}): {@code {"domainName": "..."}}. */
public record FederatedDomainRequest(String domainName) {}
