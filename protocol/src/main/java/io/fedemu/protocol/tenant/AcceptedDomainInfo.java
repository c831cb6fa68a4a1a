package io.fedemu.protocol.tenant;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * An accepted domain as Get-AcceptedDomain shows it (issue 17, docs/PROTOCOL.md section 23).
 *
 * @param name       the object's name; New-AcceptedDomain without one names it after the domain
 * @param domainName the SMTP domain
 * @param domainType Authoritative, InternalRelay or ExternalRelay
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AcceptedDomainInfo(String name, String domainName, String domainType) {
    public static final String AUTHORITATIVE = "Authoritative";
    public static final String INTERNAL_RELAY = "InternalRelay";
    public static final String EXTERNAL_RELAY = "ExternalRelay";
}
