package io.fedemu.protocol.emulator;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.fedemu.protocol.admin.AdminCredential;
import java.util.List;

/**
 * {@code <state>/endpoints.json}: where every role of a running scenario listens, who can sign in, and
 * what to trust. Written whole by {@code fedemu up} once the topology is started; URLs are absolute.
 *
 * @param scenario    the scenario's name as its file declares it
 * @param scenarioFile the scenario file it was started from
 * @param admin        what the admin APIs ask for (absent in files written before admin tokens: no token)
 * @param dashboard    the trainer's dashboard (issue 16), signed in to with the admin token; absent when {@code up}
 *                     runs without it
 * @param dns          the emulated DNS server (issue 17); absent in files written before it
 */
public record Endpoints(
        String scenario,
        String scenarioFile,
        TrustBundle trustBundle,
        Admin admin,
        Gateway gateway,
        List<Tenant> tenants,
        List<Tenant> internet,
        @JsonInclude(JsonInclude.Include.NON_NULL) String dashboard,
        @JsonInclude(JsonInclude.Include.NON_NULL) Dns dns) {
    public static final String FILE_NAME = "endpoints.json";

    /** The kind of an organization outside the federation, listed under {@code internet}. */
    public static final String INTERNET = "internet";

    public Endpoints {
        tenants = tenants == null ? List.of() : List.copyOf(tenants);
        internet = internet == null ? List.of() : List.copyOf(internet);
    }

    /** Without a DNS server (files written before issue 17). */
    public Endpoints(
            String scenario,
            String scenarioFile,
            TrustBundle trustBundle,
            Admin admin,
            Gateway gateway,
            List<Tenant> tenants,
            List<Tenant> internet,
            String dashboard) {
        this(scenario, scenarioFile, trustBundle, admin, gateway, tenants, internet, dashboard, null);
    }

    /** Without a dashboard. */
    public Endpoints(
            String scenario,
            String scenarioFile,
            TrustBundle trustBundle,
            Admin admin,
            Gateway gateway,
            List<Tenant> tenants,
            List<Tenant> internet) {
        this(scenario, scenarioFile, trustBundle, admin, gateway, tenants, internet, null);
    }

    /** The same, with the dashboard's URL. */
    public Endpoints withDashboard(String url) {
        return new Endpoints(scenario, scenarioFile, trustBundle, admin, gateway, tenants, internet, url, dns);
    }

    /** The same, with the emulated DNS server. */
    public Endpoints withDns(Dns value) {
        return new Endpoints(scenario, scenarioFile, trustBundle, admin, gateway, tenants, internet, dashboard, value);
    }

    /**
     * The emulated DNS server (docs/PROTOCOL.md section 22): UDP and TCP on {@code host:port}, and its admin
     * resource ({@code /admin/dns/records}, on the gateway's port).
     */
    public record Dns(String host, int port, String admin) {}

    /** Without internet organizations (files written before docs/PROTOCOL.md section 20). */
    public Endpoints(
            String scenario,
            String scenarioFile,
            TrustBundle trustBundle,
            Admin admin,
            Gateway gateway,
            List<Tenant> tenants) {
        this(scenario, scenarioFile, trustBundle, admin, gateway, tenants, List.of());
    }

    /**
     * Admin access of every role.
     *
     * @param access    "token" (send {@code Authorization: Bearer <token>}) or "open" (the scenario opened the
     *                  admin APIs; a token is still accepted)
     * @param token     the admin token
     * @param tokenFile where it is kept, owner-only
     */
    public record Admin(String access, String token, String tokenFile) {
        /** The credential to send; none for a file without one. */
        @JsonIgnore
        public AdminCredential credential() {
            return new AdminCredential(token);
        }
    }

    /** The admin credential of this emulator: what the CLI and scripts send. */
    @JsonIgnore
    public AdminCredential adminCredential() {
        return admin == null ? AdminCredential.NONE : admin.credential();
    }

    /** The emulator root CA: every role's TLS certificate chains to it. */
    public record TrustBundle(String pem, String pkcs12, String password) {}

    /** The federation gateway; {@code url} is also its issuer unless an external URL was chosen. */
    public record Gateway(String url, String issuer, String metadata, String jwks, String discovery, String admin) {}

    /**
     * One Exchange organization, or (under {@code internet}) a mail organization outside the federation.
     *
     * @param kind    "on-premises" or "cloud", as the scenario writes it; "internet" under {@code internet}, with
     *                no EWS, Autodiscover or admin URL
     * @param servers its Exchange servers, in scenario order (absent in files written before servers: none)
     * @param owaUrl  its Outlook Web App, {@code <url>/owa} (docs/PROTOCOL.md section 21); null under {@code
     *                internet} and in files written before issue 16
     */
    public record Tenant(
            String name,
            String kind,
            List<String> domains,
            String applicationUri,
            String ews,
            String autodiscover,
            String admin,
            List<Mailbox> mailboxes,
            List<Server> servers,
            List<Smtp> smtp,
            String owaUrl) {
        public Tenant {
            domains = domains == null ? List.of() : List.copyOf(domains);
            mailboxes = mailboxes == null ? List.of() : List.copyOf(mailboxes);
            servers = servers == null ? List.of() : List.copyOf(servers);
            smtp = smtp == null ? List.of() : List.copyOf(smtp);
        }

        /** An organization without mail transport (files written before issue 15, partners). */
        public Tenant(
                String name,
                String kind,
                List<String> domains,
                String applicationUri,
                String ews,
                String autodiscover,
                String admin,
                List<Mailbox> mailboxes,
                List<Server> servers) {
            this(name, kind, domains, applicationUri, ews, autodiscover, admin, mailboxes, servers, List.of());
        }

        /** An organization without Outlook Web App (files written before issue 16, internet organizations). */
        public Tenant(
                String name,
                String kind,
                List<String> domains,
                String applicationUri,
                String ews,
                String autodiscover,
                String admin,
                List<Mailbox> mailboxes,
                List<Server> servers,
                List<Smtp> smtp) {
            this(name, kind, domains, applicationUri, ews, autodiscover, admin, mailboxes, servers, smtp, null);
        }
    }

    /**
     * A listening SMTP connector of an organization (docs/PROTOCOL.md section 17): STARTTLS with a certificate
     * from the emulator CA on a loopback port.
     *
     * @param connector its name: "Default Frontend EX2013-01", "Client Frontend EX2013-01" (submission, Basic auth
     *                  over STARTTLS), "Exchange Online Protection", "Client Submission smtp.office365.com"
     * @param host      the name it announces and its certificate carries
     * @param mx        the domains whose MX record names this listener: where their internet mail enters
     *                  (docs/PROTOCOL.md section 20); absent when none
     */
    public record Smtp(
            String connector,
            String host,
            int port,
            @JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> mx) {
        public Smtp {
            mx = mx == null ? List.of() : List.copyOf(mx);
        }

        public Smtp(String connector, String host, int port) {
            this(connector, host, port, List.of());
        }
    }

    /**
     * One Exchange server of an organization and the URLs it serves. An organization written without servers is
     * one Exchange 2013 server with both roles.
     *
     * @param roles    Mailbox, ClientAccess, HubTransport, in the order Get-ExchangeServer lists them
     * @param version  Exchange's AdminDisplayVersion, "Version 15.0 (Build 620.29)"
     * @param build    the exact build, "15.0.620.29"
     * @param frontEnd its Client Access front end; absent without the ClientAccess role
     * @param backEnd  its Mailbox back end; absent without the Mailbox role
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Server(
            String name, List<String> roles, String version, String build, String frontEnd, String backEnd) {
        public Server {
            roles = roles == null ? List.of() : List.copyOf(roles);
        }
    }

    /**
     * A user of the tenant's directory. Remote mailboxes have no password (they sign in at their own
     * organization) and route free/busy to {@code targetAddress}.
     *
     * @param kind {@link #MAILBOX} or {@link #REMOTE}
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Mailbox(String address, String password, String kind, String targetAddress) {
        public static final String MAILBOX = "mailbox";
        public static final String REMOTE = "remote";

        public static Mailbox local(String address, String password) {
            return new Mailbox(address, password, MAILBOX, null);
        }

        public static Mailbox remote(String address, String targetAddress) {
            return new Mailbox(address, null, REMOTE, targetAddress);
        }
    }
}
