package io.fedemu.tenant.admin;

import io.fedemu.protocol.reason.Reason;
import io.fedemu.protocol.tenant.CalendarEventDto;
import io.fedemu.protocol.tenant.CalendarImport;
import io.fedemu.protocol.tenant.MailboxInfo;
import io.fedemu.protocol.tenant.MailboxListing;
import io.fedemu.protocol.tenant.RemoteMailboxInfo;
import io.fedemu.protocol.tenant.TenantAdminPaths;
import io.fedemu.tenant.calendar.CalendarEvent;
import io.fedemu.tenant.calendar.CalendarImportException;
import io.fedemu.tenant.calendar.CalendarStore;
import io.fedemu.tenant.calendar.IcsImporter;
import io.fedemu.tenant.directory.Directory;
import io.fedemu.tenant.directory.Mailbox;
import io.fedemu.tenant.directory.Recipient;
import io.fedemu.tenant.directory.RemoteMailbox;
import io.fedemu.tenant.servers.OrganizationServers;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * The directory's mailboxes and their calendars. A mailbox is named by any of its addresses; its calendar is
 * stored under the primary one. A remote mailbox has no calendar here: its mailbox lives in the partner
 * organization, so it is refused as not found, as Exchange's own cmdlets refuse it.
 */
@Path(TenantAdminPaths.MAILBOXES)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public final class MailboxCalendarResource {
    private final Directory directory;
    private final CalendarStore calendars;
    private final OrganizationServers servers;
    private final CalendarEventMapping mapping = new CalendarEventMapping();

    /** @param servers where each mailbox is homed and served, for the listing's database and server */
    public MailboxCalendarResource(Directory directory, CalendarStore calendars, OrganizationServers servers) {
        this.directory = Objects.requireNonNull(directory, "directory");
        this.calendars = Objects.requireNonNull(calendars, "calendars");
        this.servers = Objects.requireNonNull(servers, "servers");
    }

    @GET
    public MailboxListing mailboxes() {
        return new MailboxListing(
                directory.mailboxes().stream().map(this::info).toList(),
                directory.remoteMailboxes().stream()
                        .map(r -> new RemoteMailboxInfo(r.address(), r.displayName(), r.targetAddress()))
                        .toList());
    }

    /** Get-Mailbox's Database and ServerName: the home database and where its active copy is mounted now. */
    private MailboxInfo info(Mailbox mailbox) {
        // An organization with no Mailbox server has no database to home anyone on.
        boolean homed = !servers.databases().isEmpty();
        return new MailboxInfo(
                mailbox.address(),
                mailbox.displayName(),
                mailbox.timeZone().getId(),
                ExchangeNames.of(mailbox.defaultPermission()),
                homed ? servers.databaseOf(mailbox.address()).name() : null,
                homed ? servers.mailboxServer(mailbox.address()).name() : null);
    }

    @GET
    @Path("/{address}/calendar/events")
    public List<CalendarEventDto> events(@PathParam("address") String address) {
        return calendars.events(mailbox(address).address()).stream()
                .sorted(Comparator.comparing((CalendarEvent e) -> e.start().toInstant())
                        .thenComparing(CalendarEvent::uid))
                .map(CalendarEventMapping::toDto)
                .toList();
    }

    @GET
    @Path("/{address}/calendar/events/{uid}")
    public CalendarEventDto event(@PathParam("address") String address, @PathParam("uid") String uid) {
        Mailbox mailbox = mailbox(address);
        return calendars
                .event(mailbox.address(), uid)
                .map(CalendarEventMapping::toDto)
                .orElseThrow(() -> eventNotFound(mailbox, uid));
    }

    /** Creates an item; the tenant picks the UID if the body has none. An existing UID is refused: use PUT. */
    @POST
    @Path("/{address}/calendar/events")
    public Response create(@PathParam("address") String address, CalendarEventDto body, @Context UriInfo uri) {
        Mailbox mailbox = mailbox(address);
        CalendarEventDto dto = required(body);
        String uid = dto.uid() == null ? UUID.randomUUID().toString() : dto.uid();
        CalendarEvent event = mapping.toEvent(dto, uid, mailbox.timeZone());
        if (calendars.event(mailbox.address(), uid).isPresent()) {
            throw AdminRefusedException.field(
                    "uid",
                    "the calendar of " + mailbox.address() + " already has an item " + uid + "; PUT it to replace it");
        }
        calendars.put(mailbox.address(), event);
        return Response.created(uri.getAbsolutePathBuilder().segment(uid).build())
                .entity(CalendarEventMapping.toDto(event))
                .build();
    }

    /** Creates (201) or replaces (200) the item with this UID. */
    @PUT
    @Path("/{address}/calendar/events/{uid}")
    public Response put(@PathParam("address") String address, @PathParam("uid") String uid, CalendarEventDto body) {
        Mailbox mailbox = mailbox(address);
        CalendarEventDto dto = required(body);
        if (dto.uid() != null && !dto.uid().equals(uid)) {
            throw AdminRefusedException.field("uid", "the body names " + dto.uid() + " but the path names " + uid);
        }
        CalendarEvent event = mapping.toEvent(dto, uid, mailbox.timeZone());
        boolean existed = calendars.event(mailbox.address(), uid).isPresent();
        calendars.put(mailbox.address(), event);
        return Response.status(existed ? Response.Status.OK : Response.Status.CREATED)
                .entity(CalendarEventMapping.toDto(event))
                .build();
    }

    @DELETE
    @Path("/{address}/calendar/events/{uid}")
    public Response delete(@PathParam("address") String address, @PathParam("uid") String uid) {
        Mailbox mailbox = mailbox(address);
        if (!calendars.remove(mailbox.address(), uid)) {
            throw eventNotFound(mailbox, uid);
        }
        return Response.noContent().build();
    }

    /**
     * Replaces the whole calendar from an .ics file. Floating and all-day times are read in the mailbox's zone.
     * The body is read whole first (the size limit applies as it streams), then parsed: a bad file changes nothing.
     */
    @PUT
    @Path("/{address}/calendar")
    @Consumes(TenantAdminPaths.TEXT_CALENDAR)
    public CalendarImport importCalendar(@PathParam("address") String address, InputStream ics) {
        Mailbox mailbox = mailbox(address);
        byte[] file = readAll(ics);
        List<CalendarEvent> events;
        try {
            events = new IcsImporter(mailbox.timeZone()).read(new ByteArrayInputStream(file));
        } catch (CalendarImportException | IllegalArgumentException e) {
            throw new AdminRefusedException(Reason.CALENDAR_FILE_INVALID, e.getMessage());
        }
        calendars.replace(mailbox.address(), events);
        return new CalendarImport(mailbox.address(), events.size());
    }

    private Mailbox mailbox(String address) {
        Recipient recipient = directory.lookup(address);
        // Java 17 has no pattern switch yet; the sealed Recipient has exactly these three cases.
        if (recipient instanceof Mailbox m) {
            return m;
        }
        if (recipient instanceof RemoteMailbox r) {
            throw new AdminRefusedException(
                    Reason.MAILBOX_NOT_FOUND,
                    address + " is a remote mailbox " + "(targetAddress " + r.targetAddress()
                            + "): its calendar lives in the partner organization");
        }
        throw new AdminRefusedException(Reason.MAILBOX_NOT_FOUND, "no mailbox has the address " + address);
    }

    private static AdminRefusedException eventNotFound(Mailbox mailbox, String uid) {
        return new AdminRefusedException(
                Reason.EVENT_NOT_FOUND, "the calendar of " + mailbox.address() + " has no item " + uid);
    }

    private static CalendarEventDto required(CalendarEventDto body) {
        if (body == null) {
            throw new AdminRefusedException(
                    Reason.REQUEST_INVALID, "the body is empty; send a calendar item " + "as JSON");
        }
        return body;
    }

    private static byte[] readAll(InputStream in) {
        try {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the request body", e);
        }
    }
}
