package io.fedemu.tenant;

import io.fedemu.certs.AdjustableClock;
import io.fedemu.certs.CertificateAuthority;
import io.fedemu.certs.CertificateStore;
import io.fedemu.certs.Credential;
import io.fedemu.client.transport.RoleServer;
import io.fedemu.tenant.availability.FreeBusyEngine;
import io.fedemu.tenant.calendar.CalendarStore;
import io.fedemu.tenant.ews.AvailabilityEndpoint;
import io.fedemu.tenant.ews.BasicAuthentication;
import io.fedemu.tenant.ews.RequestSizeLimit;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One Exchange organization, running: its directory and calendars behind Exchange's paths on its own
 * HTTPS port. State lives under {@code <state>/tenants/<name>/}.
 */
public final class Tenant implements AutoCloseable {
    public static final String EWS_PATH = "/EWS/Exchange.asmx";

    /**
     * Hostile-XML limits for the SOAP endpoint. CXF's parser already refuses DTDs and external
     * entities; these bound what a well-formed document may make it hold.
     */
    static final Map<String, Object> XML_LIMITS = Map.of(
            "org.apache.cxf.stax.maxElementDepth", 64,
            "org.apache.cxf.stax.maxChildElements", 5_000,
            "org.apache.cxf.stax.maxAttributeCount", 50,
            "org.apache.cxf.stax.maxAttributeSize", 16 * 1024,
            "org.apache.cxf.stax.maxTextLength", 64 * 1024,
            "org.apache.cxf.stax.maxElementCount", 100_000L);

    private final TenantDefinition definition;
    private final RoleServer server;
    private final AdjustableClock clock;
    private final CalendarStore calendars;

    private Tenant(TenantDefinition definition, RoleServer server, AdjustableClock clock, CalendarStore calendars) {
        this.definition = definition;
        this.server = server;
        this.clock = clock;
        this.calendars = calendars;
    }

    /** Where state lives and where to listen; {@code port} 0 picks a free port. */
    public record Options(Path stateDirectory, String host, int port, boolean tls, Clock baseClock) {
        public static Options in(Path stateDirectory) {
            return new Options(stateDirectory, "127.0.0.1", 0, true, Clock.systemUTC());
        }

        public Options port(int value) {
            return new Options(stateDirectory, host, value, tls, baseClock);
        }

        public Options plainHttp() {
            return new Options(stateDirectory, host, port, false, baseClock);
        }
    }

    public static Tenant start(TenantDefinition definition, Options options) {
        AdjustableClock clock = new AdjustableClock(options.baseClock());
        Path home = options.stateDirectory().resolve("tenants").resolve(definition.name());
        CalendarStore calendars = new CalendarStore(home.resolve("calendars"), definition.initialCalendars());
        Credential tls = null;
        if (options.tls()) {
            CertificateStore certificates = CertificateStore.in(options.stateDirectory());
            CertificateAuthority authority = certificates.initAuthority(clock);
            List<String> names = new ArrayList<>(definition.hostNames());
            names.add("localhost");
            tls = certificates.tlsServer("tenant-" + definition.name(), names, authority);
        }
        AvailabilityEndpoint ews = new AvailabilityEndpoint(definition.directory(), calendars, new FreeBusyEngine(),
                definition.serverVersion());
        RoleServer server = RoleServer.on(options.host(), options.port(), tls).publishSoap(EWS_PATH, ews, factory -> {
            factory.getInInterceptors().add(new BasicAuthentication(definition.directory(), definition.name()));
            factory.getInInterceptors().add(new RequestSizeLimit(RequestSizeLimit.DEFAULT_MAX_BYTES));
            factory.setProperties(new java.util.HashMap<>(XML_LIMITS));
        });
        return new Tenant(definition, server, clock, calendars);
    }

    public String name() {
        return definition.name();
    }

    public TenantDefinition definition() {
        return definition;
    }

    /** Base URL, e.g. https://127.0.0.1:PORT. */
    public URI url() {
        return server.address();
    }

    public URI ewsUrl() {
        return URI.create(server.address() + EWS_PATH);
    }

    public AdjustableClock clock() {
        return clock;
    }

    public CalendarStore calendars() {
        return calendars;
    }

    @Override
    public void close() {
        server.close();
    }
}
