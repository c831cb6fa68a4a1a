package io.fedemu.tenant.servers;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The servers of one organization, its mailbox databases and where each mailbox is homed, and which copy of
 * each database is active (Active Manager's answer). Mailboxes not homed explicitly live on the first database.
 * An organization written without servers is one Exchange 2013 server with both roles and one database.
 */
public final class OrganizationServers {
    /** The name of the one server of an organization written without servers. */
    public static final String DEFAULT_SERVER = "EX01";

    private final Map<String, ExchangeServer> servers = new LinkedHashMap<>();
    private final Map<String, MailboxDatabase> databases = new LinkedHashMap<>();
    private final Map<String, String> homes;
    private final Map<String, String> active = new ConcurrentHashMap<>();
    private final boolean automaticFailover;
    private final boolean implicit;
    private volatile Runnable onActivation = () -> {};

    private OrganizationServers(
            List<ExchangeServer> servers,
            List<MailboxDatabase> databases,
            Map<String, String> homes,
            boolean automaticFailover,
            boolean implicit) {
        for (ExchangeServer server : servers) {
            if (this.servers.putIfAbsent(server.key(), server) != null) {
                throw new IllegalArgumentException("two servers are named " + server.name());
            }
        }
        for (MailboxDatabase database : databases) {
            if (this.databases.putIfAbsent(key(database.name()), database) != null) {
                throw new IllegalArgumentException("two databases are named " + database.name());
            }
            for (String copy : database.copies()) {
                ExchangeServer server = this.servers.get(key(copy));
                if (server == null) {
                    throw new IllegalArgumentException(
                            "database " + database.name() + " has a copy on " + copy + ", which is not a server");
                }
                if (!server.has(ServerRole.MAILBOX)) {
                    throw new IllegalArgumentException(
                            "database " + database.name() + " has a copy on " + copy + ", which has no Mailbox role");
                }
            }
            active.put(key(database.name()), server(database.preferredServer()).name());
        }
        if (this.databases.isEmpty() && servers.stream().anyMatch(s -> s.has(ServerRole.MAILBOX))) {
            throw new IllegalArgumentException("an organization with Mailbox servers needs at least one database");
        }
        this.homes = new LinkedHashMap<>();
        homes.forEach((address, database) -> {
            if (!this.databases.containsKey(key(database))) {
                throw new IllegalArgumentException(address + " is homed on " + database + ", which is not a database");
            }
            this.homes.put(key(address), this.databases.get(key(database)).name());
        });
        this.automaticFailover = automaticFailover;
        this.implicit = implicit;
    }

    /** What an organization written without servers runs: one 2013 server with both roles, one database. */
    public static OrganizationServers single() {
        return new OrganizationServers(
                List.of(new ExchangeServer(
                        DEFAULT_SERVER,
                        EnumSet.of(ServerRole.CLIENT_ACCESS, ServerRole.MAILBOX),
                        ExchangeBuild.EXCHANGE_2013_CU23)),
                List.of(new MailboxDatabase("DB01", List.of(DEFAULT_SERVER))),
                Map.of(),
                false,
                true);
    }

    /**
     * @param homes             mailbox address to database name; mailboxes not listed live on the first database
     * @param automaticFailover true: when the server of an active copy is down, the next copy is activated on
     *                          the next request (Active Manager's best copy selection); false: an administrator
     *                          activates it
     */
    public static OrganizationServers of(
            List<ExchangeServer> servers,
            List<MailboxDatabase> databases,
            Map<String, String> homes,
            boolean automaticFailover) {
        return new OrganizationServers(servers, databases, homes, automaticFailover, false);
    }

    /** True for an organization written without servers: one server, nothing in front of it. */
    public boolean implicit() {
        return implicit;
    }

    public boolean automaticFailover() {
        return automaticFailover;
    }

    public List<ExchangeServer> servers() {
        return List.copyOf(servers.values());
    }

    public List<ExchangeServer> servers(ServerRole role) {
        return servers.values().stream().filter(s -> s.has(role)).toList();
    }

    public Optional<ExchangeServer> find(String name) {
        return Optional.ofNullable(name == null ? null : servers.get(key(name)));
    }

    public ExchangeServer server(String name) {
        return find(name).orElseThrow(() -> new IllegalArgumentException("no server named " + name));
    }

    public List<MailboxDatabase> databases() {
        return List.copyOf(databases.values());
    }

    public Optional<MailboxDatabase> database(String name) {
        return Optional.ofNullable(name == null ? null : databases.get(key(name)));
    }

    /** The database {@code address} is homed on (its primary address, lower or any case). */
    public MailboxDatabase databaseOf(String address) {
        String home = homes.get(key(address));
        return home != null
                ? databases.get(key(home))
                : databases.values().iterator().next();
    }

    /** The server whose copy of {@code database} is mounted. */
    public ExchangeServer activeServer(MailboxDatabase database) {
        return server(active.get(key(database.name())));
    }

    /** Where {@code address}'s mailbox is served now: the server of its database's active copy. */
    public ExchangeServer mailboxServer(String address) {
        return activeServer(databaseOf(address));
    }

    /**
     * Move-ActiveMailboxDatabase: mounts the copy on {@code server}. Refused when the database has no copy there.
     *
     * @return the server that had the active copy
     */
    public ExchangeServer activate(String databaseName, String serverName) {
        MailboxDatabase database = database(databaseName)
                .orElseThrow(() -> new IllegalArgumentException("no database named " + databaseName));
        ExchangeServer server = server(serverName);
        if (!database.hasCopyOn(server.name())) {
            throw new IllegalArgumentException("database " + database.name() + " has no copy on " + server.name()
                    + "; its copies are on " + database.copies());
        }
        String before = active.put(key(database.name()), server.name());
        onActivation.run();
        return server(before);
    }

    /** Runs after every activation, by an administrator or by automatic failover (the tenant persists them). */
    public void onActivation(Runnable listener) {
        this.onActivation = listener;
    }

    /** Each database's name and the server whose copy is mounted, in the scenario's order. */
    public Map<String, String> activeCopies() {
        Map<String, String> copies = new LinkedHashMap<>();
        databases
                .values()
                .forEach(database ->
                        copies.put(database.name(), activeServer(database).name()));
        return copies;
    }

    /**
     * Mounts every database where the scenario prefers, then where {@code saved} says, as Active Manager remembers
     * across restarts. An entry naming a database or a copy the scenario no longer has is skipped.
     *
     * @return the entries skipped, as "DB on SERVER"
     */
    public List<String> restore(Map<String, String> saved) {
        databases
                .values()
                .forEach(database -> active.put(
                        key(database.name()), server(database.preferredServer()).name()));
        List<String> skipped = new ArrayList<>();
        saved.forEach((databaseName, serverName) -> {
            Optional<MailboxDatabase> database = database(databaseName);
            Optional<ExchangeServer> server = find(serverName);
            if (database.isPresent()
                    && server.isPresent()
                    && database.get().hasCopyOn(server.get().name())) {
                active.put(key(database.get().name()), server.get().name());
            } else {
                skipped.add(databaseName + " on " + serverName);
            }
        });
        return skipped;
    }

    /** The copies of {@code database} other than the active one, in activation preference order. */
    public List<ExchangeServer> passiveCopies(MailboxDatabase database) {
        List<ExchangeServer> passive = new ArrayList<>();
        String mounted = active.get(key(database.name()));
        for (String copy : database.copies()) {
            if (!copy.equalsIgnoreCase(mounted)) {
                passive.add(server(copy));
            }
        }
        return passive;
    }

    /** Mailboxes homed explicitly, address to database. */
    public Map<String, String> homes() {
        return Map.copyOf(homes);
    }

    private static String key(String name) {
        return name.toLowerCase(Locale.ROOT);
    }
}
