package io.fedemu.client.dns;

import io.fedemu.client.http.JsonHttp;
import io.fedemu.protocol.admin.AdminCredential;
import io.fedemu.protocol.dns.DnsPaths;
import io.fedemu.protocol.dns.DnsRecordInfo;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import javax.net.ssl.SSLContext;

/**
 * The emulated DNS's admin API ({@code /admin/dns/records}, endpoints.json {@code dns.admin}): what
 * Get-/Add-/Remove-DnsServerResourceRecord do. Refusals arrive as {@link io.fedemu.client.http.ProblemException}
 * with the named reason.
 */
public final class DnsAdminClient {
    private final URI records;
    private final JsonHttp http;

    /**
     * @param records    the resource's URL, endpoints.json {@code dns.admin}
     * @param credential the state directory's admin token
     */
    public DnsAdminClient(URI records, SSLContext tls, AdminCredential credential) {
        this(records, new JsonHttp(tls, Duration.ofSeconds(10)), credential);
    }

    public DnsAdminClient(URI records, JsonHttp http, AdminCredential credential) {
        this.records = records;
        this.http = http.withAdmin(credential);
    }

    /** On the role whose base URL is {@code base} (the gateway's). */
    public static DnsAdminClient at(URI base, SSLContext tls, AdminCredential credential) {
        String text = base.toString();
        return new DnsAdminClient(
                URI.create((text.endsWith("/") ? text.substring(0, text.length() - 1) : text) + DnsPaths.RECORDS),
                tls,
                credential);
    }

    /** Every record of every zone (no SOA or NS). */
    public List<DnsRecordInfo> records() {
        return records(null, null);
    }

    /** The records of {@code name} and/or {@code type} (null: any). */
    public List<DnsRecordInfo> records(String name, String type) {
        return Arrays.asList(http.expect(http.get(query(name, type, null)), DnsRecordInfo[].class));
    }

    /** Adds a record; it survives a restart. */
    public DnsRecordInfo add(DnsRecordInfo record) {
        return http.expect(http.postJson(records, record), DnsRecordInfo.class);
    }

    /** Removes the records of {@code name} and {@code type}, only the one with {@code value} when given. */
    public void remove(String name, String type, String value) {
        http.expect(http.delete(query(name, type, value)), Void.class);
    }

    private URI query(String name, String type, String value) {
        StringBuilder query = new StringBuilder();
        append(query, "name", name);
        append(query, "type", type);
        append(query, "value", value);
        return URI.create(records + (query.length() == 0 ? "" : "?" + query));
    }

    private static void append(StringBuilder query, String key, String value) {
        if (value == null) {
            return;
        }
        if (query.length() > 0) {
            query.append('&');
        }
        query.append(key).append('=').append(URLEncoder.encode(value, StandardCharsets.UTF_8));
    }
}
