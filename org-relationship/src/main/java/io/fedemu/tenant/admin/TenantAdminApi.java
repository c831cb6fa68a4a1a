package io.fedemu.tenant.admin;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.jakarta.rs.json.JacksonJsonProvider;
import io.fedemu.runtime.problem.ProblemMappers;
import io.fedemu.tenant.calendar.CalendarStore;
import io.fedemu.tenant.directory.Directory;
import io.fedemu.tenant.servers.OrganizationServers;
import io.fedemu.tenant.servers.ServerUrls;
import java.util.List;
import java.util.function.Supplier;

/**
 * What the tenant's composition root publishes under {@code /admin}:
 * {@code server.publishRest(TenantAdminPaths.ADMIN, TenantAdminApi.resources(dir, store), TenantAdminApi.providers(json))}.
 */
public final class TenantAdminApi {
    /** An .ics export of a busy year is a few hundred kilobytes; anything far larger is a mistake or an attack. */
    public static final long MAX_BODY_BYTES = 1024 * 1024;

    private TenantAdminApi() {}

    /** Mailboxes and calendars of an organization written without servers (one Exchange 2013 server). */
    public static List<Object> resources(Directory directory, CalendarStore calendars) {
        return List.of(
                new MailboxCalendarResource(directory, calendars, OrganizationServers.single()),
                new DistributionGroupResource(directory));
    }

    /**
     * Mailboxes and calendars, servers (Get-ExchangeServer), mailbox databases (Get-MailboxDatabase,
     * Move-ActiveMailboxDatabase) and distribution groups (Get-DistributionGroup).
     *
     * @param urls where each server listens, asked per request: the running tenant's answer
     */
    public static List<Object> resources(
            Directory directory,
            CalendarStore calendars,
            OrganizationServers servers,
            Supplier<List<ServerUrls>> urls) {
        return List.of(
                new MailboxCalendarResource(directory, calendars, servers),
                new ExchangeServerResource(servers, urls),
                new MailboxDatabaseResource(servers),
                new DistributionGroupResource(directory));
    }

    /** JSON with {@code json} (pass {@code Json.strict()}: an unknown field is named, not ignored), limits, problems. */
    public static List<Object> providers(ObjectMapper json) {
        return List.of(
                new JacksonJsonProvider(json),
                new io.fedemu.runtime.transport.BodySizeLimit(MAX_BODY_BYTES),
                new AdminRefusalMappers.Refusals(),
                new ProblemMappers.JsonRefusals(),
                new ProblemMappers.WebRefusals());
    }
}
