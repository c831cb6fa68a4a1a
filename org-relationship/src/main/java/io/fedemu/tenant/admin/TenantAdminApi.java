package io.fedemu.tenant.admin;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.jakarta.rs.json.JacksonJsonProvider;
import io.fedemu.runtime.problem.ProblemMappers;
import io.fedemu.tenant.calendar.CalendarStore;
import io.fedemu.tenant.directory.Directory;
import java.util.List;

/**
 * What the tenant's composition root publishes under {@code /admin}:
 * {@code server.publishRest(TenantAdminPaths.ADMIN, TenantAdminApi.resources(dir, store), TenantAdminApi.providers(json))}.
 */
public final class TenantAdminApi {
    /** An .ics export of a busy year is a few hundred kilobytes; anything far larger is a mistake or an attack. */
    public static final long MAX_BODY_BYTES = 1024 * 1024;

    private TenantAdminApi() {}

    public static List<Object> resources(Directory directory, CalendarStore calendars) {
        return List.of(new MailboxCalendarResource(directory, calendars));
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
