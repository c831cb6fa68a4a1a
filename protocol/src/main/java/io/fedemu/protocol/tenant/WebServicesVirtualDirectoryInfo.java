package io.fedemu.protocol.tenant;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * An Exchange 2013 server's EWS virtual directory as Get-WebServicesVirtualDirectory shows it (issue 17,
 * docs/PROTOCOL.md section 23). A PUT carries only {@code externalUrl} and {@code mrsProxyEnabled}; in a PUT, an
 * {@code externalUrl} of {@code ""} clears it ($null).
 *
 * @param identity        {@code SERVER\EWS (Default Web Site)}, as Exchange names it
 * @param externalUrl     the URL partners and the wizard's prerequisite check read; null when not set
 * @param mrsProxyEnabled whether the Mailbox Replication Service proxy accepts remote moves
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record WebServicesVirtualDirectoryInfo(
        String identity, String server, String externalUrl, Boolean mrsProxyEnabled) {
    public static final String NAME = "EWS (Default Web Site)";
}
