package io.fedemu.protocol.dns;

/** Where the emulated DNS server's admin resource lives, on the gateway's port (docs/PROTOCOL.md section 22). */
public final class DnsPaths {
    /** {@code GET}, {@code POST} and {@code DELETE} of Get-/Add-/Remove-DnsServerResourceRecord. */
    public static final String RECORDS = "/admin/dns/records";

    private DnsPaths() {}
}
