package io.fedemu.protocol.dns;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One DNS record as the emulated DNS server's admin API takes and lists it (docs/PROTOCOL.md section 22).
 *
 * @param name  the owner name, {@code contoso.com} or {@code _autodiscover._tcp.contoso.com}; a trailing dot is
 *              allowed and case does not matter
 * @param type  {@code A}, {@code CNAME}, {@code MX}, {@code TXT} or {@code SRV}
 * @param value the data in zone-file form: {@code 127.0.0.1}, {@code autodiscover.contoso.com.}, {@code 10
 *              mail.contoso.com.}, {@code "v=spf1 include:spf.protection.outlook.com -all"} (unquoted is one
 *              text, split into strings of 255 characters), {@code 0 0 44301 autodiscover.contoso.com.}
 * @param ttl   seconds; absent: 3600
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DnsRecordInfo(String name, String type, String value, Integer ttl) {
    /** The types the emulated DNS serves. */
    public static final java.util.List<String> TYPES = java.util.List.of("A", "CNAME", "MX", "TXT", "SRV");

    public DnsRecordInfo(String name, String type, String value) {
        this(name, type, value, null);
    }
}
