package io.fedemu.runtime.transport;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

/**
 * The load balancer in front of an organization's Client Access servers: the namespace (the URL clients and
 * partners use) listens here and each connection is passed, bytes as they are, to one healthy Client Access
 * server, round robin. Layer 4, as Exchange 2013 allows (no session affinity is needed): TLS ends at the Client
 * Access server, which holds the namespace's certificate. A server is taken out of rotation when its health probe
 * fails ({@code /ews/healthcheck.htm}, as Exchange's Managed Availability answers it) and put back when it
 * passes; a connection a server refuses moves to the next one at once, so a stopped server costs no request.
 */
public final class NamespaceLoadBalancer implements AutoCloseable {
    /** Connections held at once; past it new ones wait in the accept queue. */
    public static final int MAX_CONNECTIONS = 256;

    private static final int CONNECT_TIMEOUT_MILLIS = 2_000;

    private final ServerSocket listener;
    private final List<Member> members;
    private final Map<String, Boolean> healthy = new ConcurrentHashMap<>();
    private final AtomicInteger next = new AtomicInteger();
    private final Semaphore slots = new Semaphore(MAX_CONNECTIONS);
    private final ExecutorService pipes;
    private final ScheduledExecutorService probes;
    private final Predicate<Member> probe;
    private volatile boolean closed;

    /** A Client Access server behind the namespace: its name and where its front end listens. */
    public record Member(String server, InetSocketAddress address) {
        public static Member of(String server, URI frontEnd) {
            return new Member(server, new InetSocketAddress(frontEnd.getHost(), frontEnd.getPort()));
        }
    }

    private NamespaceLoadBalancer(
            ServerSocket listener, List<Member> members, Predicate<Member> probe, long probeIntervalMillis) {
        this.listener = listener;
        this.members = List.copyOf(members);
        this.probe = probe;
        members.forEach(member -> healthy.put(member.server(), true));
        String name = "fedemu-lb-" + listener.getLocalPort();
        this.pipes = Executors.newCachedThreadPool(daemon(name));
        this.probes = Executors.newSingleThreadScheduledExecutor(daemon(name + "-probe"));
        probes.scheduleWithFixedDelay(this::probeAll, probeIntervalMillis, probeIntervalMillis, TimeUnit.MILLISECONDS);
        Thread acceptor = daemon(name + "-accept").newThread(this::acceptLoop);
        acceptor.start();
    }

    /**
     * Listens on {@code host:port} for {@code members}, probing each every {@code probeIntervalMillis} with
     * {@code probe} (true: healthy).
     */
    public static NamespaceLoadBalancer start(
            String host, int port, List<Member> members, Predicate<Member> probe, long probeIntervalMillis) {
        if (members.isEmpty()) {
            throw new IllegalArgumentException("a namespace needs at least one Client Access server");
        }
        try {
            ServerSocket listener = new ServerSocket();
            listener.setReuseAddress(true);
            listener.bind(new InetSocketAddress(InetAddress.getByName(host), port), 128);
            return new NamespaceLoadBalancer(listener, members, probe, probeIntervalMillis);
        } catch (IOException e) {
            throw new UncheckedIOException(
                    "cannot serve the namespace on " + host + ":" + port + ": " + e.getMessage(), e);
        }
    }

    public int port() {
        return listener.getLocalPort();
    }

    /** Whether the load balancer currently sends connections to {@code server}. */
    public boolean inRotation(String server) {
        return Boolean.TRUE.equals(healthy.get(server));
    }

    /** Probes every member now, as the next scheduled probe would; for an administrator who just mended one. */
    public void probeAll() {
        for (Member member : members) {
            boolean ok;
            try {
                ok = probe.test(member);
            } catch (RuntimeException e) {
                ok = false;
            }
            healthy.put(member.server(), ok);
        }
    }

    private void acceptLoop() {
        while (!closed) {
            Socket client;
            try {
                slots.acquire();
                client = listener.accept();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (IOException e) {
                slots.release();
                if (closed) {
                    return;
                }
                continue;
            }
            try {
                pipes.execute(() -> serve(client));
            } catch (RuntimeException e) {
                slots.release();
                closeQuietly(client);
            }
        }
    }

    private void serve(Socket client) {
        Socket server = null;
        try {
            server = connect();
            if (server == null) {
                return; // no Client Access server would take it: the client sees the connection close
            }
            Socket upstream = server;
            client.setTcpNoDelay(true);
            upstream.setTcpNoDelay(true);
            pipes.execute(() -> pipe(upstream, client));
            pipe(client, upstream);
        } catch (IOException | RuntimeException e) {
            // a reset on either side ends the pair; nothing to report beyond the closed connection
        } finally {
            closeQuietly(client);
            closeQuietly(server);
            slots.release();
        }
    }

    /** The next healthy member that accepts a connection; one that refuses leaves the rotation until it passes. */
    private Socket connect() {
        List<Member> order = rotation();
        for (Member member : order) {
            Socket socket = new Socket();
            try {
                socket.connect(member.address(), CONNECT_TIMEOUT_MILLIS);
                return socket;
            } catch (IOException e) {
                closeQuietly(socket);
                healthy.put(member.server(), false);
            }
        }
        return null;
    }

    private List<Member> rotation() {
        List<Member> inRotation = new ArrayList<>();
        for (Member member : members) {
            if (inRotation(member.server())) {
                inRotation.add(member);
            }
        }
        if (inRotation.isEmpty()) {
            // Every probe failed: try them all rather than refuse outright, as a load balancer without a healthy
            // member typically does (the probes may be what is wrong).
            inRotation.addAll(members);
        }
        int start = Math.floorMod(next.getAndIncrement(), inRotation.size());
        List<Member> order = new ArrayList<>(inRotation.subList(start, inRotation.size()));
        order.addAll(inRotation.subList(0, start));
        return order;
    }

    private static void pipe(Socket from, Socket to) {
        byte[] buffer = new byte[16 * 1024];
        try (InputStream in = from.getInputStream()) {
            OutputStream out = to.getOutputStream();
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                out.write(buffer, 0, n);
                out.flush();
            }
            to.shutdownOutput();
        } catch (IOException e) {
            // a reset on one side ends the other too
            closeQuietly(to);
        }
    }

    @Override
    public void close() {
        closed = true;
        closeQuietly(listener);
        probes.shutdownNow();
        pipes.shutdownNow();
    }

    private static void closeQuietly(AutoCloseable closeable) {
        if (closeable == null) {
            return;
        }
        try {
            closeable.close();
        } catch (Exception e) {
            // closing is best effort
        }
    }

    private static java.util.concurrent.ThreadFactory daemon(String name) {
        AtomicInteger count = new AtomicInteger();
        return task -> {
            Thread thread = new Thread(task, name + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
