package io.fedemu.dns;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * The emulated public DNS (docs/PROTOCOL.md section 22): authoritative for the scenario's zones, on loopback, over
 * UDP and TCP on the same port. Work is bounded whatever arrives: one thread reads and answers every UDP packet in
 * turn (an answer is a few map lookups), at most {@link #TCP_THREADS} TCP connections are served at once with a few
 * more waiting, each with a short read timeout and a cap on the queries it may ask, and anything beyond is closed.
 * Every thread is a daemon; {@link #close()} stops them all.
 */
public final class DnsServer implements AutoCloseable {
    /** A query larger than this is not a query (one question, an OPT record); it gets FORMERR or nothing. */
    static final int MAX_QUERY_BYTES = 1024;

    static final int TCP_THREADS = 4;
    static final int TCP_WAITING = 8;
    static final int TCP_READ_TIMEOUT_MILLIS = 5_000;
    static final int TCP_QUERIES_PER_CONNECTION = 100;

    private final CompletableFuture<DnsZones> zones;
    private volatile DnsResponder responder;
    /** Bound by the UDP thread itself, so the caller of {@link #listen} does not wait for it. */
    private volatile DatagramSocket udp;

    private final ServerSocket tcp;
    private final ThreadPoolExecutor connections;
    private final Thread udpThread;
    private final Thread acceptThread;
    private volatile boolean closed;

    private DnsServer(CompletableFuture<DnsZones> zones, ServerSocket tcp, Runnable makeZones) {
        this.zones = zones;
        this.tcp = tcp;
        this.connections = new ThreadPoolExecutor(
                TCP_THREADS,
                TCP_THREADS,
                10,
                TimeUnit.SECONDS,
                new ArrayBlockingQueue<>(TCP_WAITING),
                daemon("fedemu-dns-tcp-" + tcp.getLocalPort()),
                (task, pool) -> ((Connection) task).reject());
        connections.allowCoreThreadTimeOut(true);
        this.udpThread = daemon("fedemu-dns-udp-" + tcp.getLocalPort()).newThread(() -> {
            InetSocketAddress address = new InetSocketAddress(tcp.getInetAddress(), tcp.getLocalPort());
            try {
                udp = new DatagramSocket(address);
            } catch (IOException e) {
                zones.completeExceptionally(new UncheckedIOException(
                        "the DNS server cannot listen for UDP on " + address + ": " + e.getMessage(), e));
                return;
            }
            makeZones.run();
            serveUdp();
            udp.close(); // bound after a close() that came first: closed here
        });
        this.acceptThread = daemon("fedemu-dns-accept-" + tcp.getLocalPort()).newThread(this::acceptTcp);
    }

    /**
     * Where to listen and what to serve.
     *
     * @param host           a loopback address, {@code 127.0.0.1}
     * @param port           0 picks a port free for UDP and TCP alike
     * @param stateDirectory where records added through the admin API are kept; null keeps nothing
     * @param origins        the zones' apexes
     */
    public record Options(String host, int port, Path stateDirectory, Collection<String> origins) {
        public static Options of(Path stateDirectory, Collection<String> origins) {
            return new Options("127.0.0.1", 0, stateDirectory, origins);
        }

        public Options port(int value) {
            return new Options(host, value, stateDirectory, origins);
        }
    }

    /** Binds UDP and TCP on one port, puts back the records the admin API added, and starts answering. */
    public static DnsServer start(Options options) {
        DnsServer server = listen(options);
        try {
            server.zones();
            return server;
        } catch (RuntimeException e) {
            server.close();
            throw e;
        }
    }

    /**
     * Binds TCP and returns at once: UDP is bound on the same port and the zones are made on the UDP thread (the
     * first UDP socket and dnsjava's record classes take a tenth of a second, which {@code fedemu up} spends while the
     * gateway starts). Queries wait in the sockets until the zones exist; {@link #zones()} waits for them too, and
     * fails if UDP could not be bound.
     */
    public static DnsServer listen(Options options) {
        InetAddress host;
        try {
            host = InetAddress.getByName(options.host());
        } catch (IOException e) {
            throw new UncheckedIOException("no address " + options.host(), e);
        }
        // The same number for UDP and TCP, as resolvers expect: a few tries when port 0 hands out one whose other
        // protocol is taken.
        IOException last = null;
        for (int attempt = 0; attempt < (options.port() == 0 ? 16 : 1); attempt++) {
            ServerSocket tcp = null;
            try {
                tcp = new ServerSocket();
                tcp.setReuseAddress(false);
                tcp.bind(new InetSocketAddress(host, options.port()), TCP_WAITING);
                CompletableFuture<DnsZones> zones = new CompletableFuture<>();
                DnsServer server = new DnsServer(zones, tcp, () -> {
                    try {
                        DnsZones made = new DnsZones(
                                options.origins(),
                                options.stateDirectory() == null
                                        ? AddedRecordsFile.NONE
                                        : AddedRecordsFile.in(options.stateDirectory()));
                        made.restoreAdded();
                        zones.complete(made);
                    } catch (RuntimeException e) {
                        zones.completeExceptionally(e);
                    }
                });
                server.udpThread.start();
                server.acceptThread.start();
                return server;
            } catch (IOException e) {
                last = e;
                closeQuietly(tcp);
            }
        }
        throw new UncheckedIOException(
                "the DNS server cannot listen on " + options.host() + ":" + options.port() + ": " + last.getMessage(),
                last);
    }

    /** Where it answers, UDP and TCP. */
    public InetSocketAddress address() {
        return new InetSocketAddress(tcp.getInetAddress(), tcp.getLocalPort());
    }

    public int port() {
        return tcp.getLocalPort();
    }

    /** Its zones and their records, changeable while it runs; waits for them right after {@link #listen}. */
    public DnsZones zones() {
        try {
            return zones.join();
        } catch (java.util.concurrent.CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }

    /** {@code /admin/dns/records} for a role's admin API (the gateway's port serves it). */
    public DnsRecordsResource adminResource() {
        return new DnsRecordsResource(this::zones);
    }

    private DnsResponder responder() {
        DnsResponder current = responder;
        if (current == null) {
            current = new DnsResponder(zones());
            responder = current;
        }
        return current;
    }

    private void serveUdp() {
        byte[] buffer = new byte[MAX_QUERY_BYTES + 1];
        DatagramPacket packet = new DatagramPacket(buffer, buffer.length);
        while (!closed) {
            try {
                packet.setLength(buffer.length);
                udp.receive(packet);
                if (packet.getLength() > MAX_QUERY_BYTES) {
                    respond(packet, DnsResponder.formatError(buffer));
                    continue;
                }
                respond(packet, responder().answer(buffer, packet.getLength(), true));
            } catch (IOException e) {
                if (closed) {
                    return;
                }
            } catch (RuntimeException e) {
                // One bad packet never stops the server.
            }
        }
    }

    private void respond(DatagramPacket query, Optional<byte[]> answer) throws IOException {
        if (answer.isPresent()) {
            udp.send(new DatagramPacket(answer.get(), answer.get().length, query.getSocketAddress()));
        }
    }

    private void acceptTcp() {
        while (!closed) {
            try {
                Socket socket = tcp.accept();
                connections.execute(new Connection(socket));
            } catch (IOException e) {
                if (closed) {
                    return;
                }
            } catch (RuntimeException e) {
                // Rejected connections are closed by the rejection handler.
            }
        }
    }

    /** One TCP connection: two-byte length, query, answer, as many times as the caller asks, up to a cap. */
    private final class Connection implements Runnable {
        private final Socket socket;

        Connection(Socket socket) {
            this.socket = socket;
        }

        @Override
        public void run() {
            try (socket) {
                socket.setSoTimeout(TCP_READ_TIMEOUT_MILLIS);
                DataInputStream in = new DataInputStream(socket.getInputStream());
                DataOutputStream out = new DataOutputStream(socket.getOutputStream());
                for (int i = 0; i < TCP_QUERIES_PER_CONNECTION && !closed; i++) {
                    int length = in.readUnsignedShort();
                    if (length > MAX_QUERY_BYTES) {
                        return; // not a query; reading it would only cost time
                    }
                    byte[] query = new byte[length];
                    in.readFully(query);
                    Optional<byte[]> answer = responder().answer(query, length, false);
                    if (answer.isEmpty()) {
                        return;
                    }
                    out.writeShort(answer.get().length);
                    out.write(answer.get());
                    out.flush();
                }
            } catch (EOFException | SocketTimeoutException | SocketException e) {
                // The caller hung up or went quiet.
            } catch (IOException | RuntimeException e) {
                // A broken connection ends here, nothing else.
            }
        }

        void reject() {
            closeQuietly(socket);
        }
    }

    @Override
    public void close() {
        closed = true;
        if (udp != null) {
            udp.close();
        }
        closeQuietly(tcp);
        connections.shutdownNow();
        try {
            udpThread.join(1000);
            acceptThread.join(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void closeQuietly(java.io.Closeable closeable) {
        if (closeable == null) {
            return;
        }
        try {
            closeable.close();
        } catch (IOException e) {
            // Nothing more to do.
        }
    }

    private static java.util.concurrent.ThreadFactory daemon(String name) {
        return runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        };
    }
}
