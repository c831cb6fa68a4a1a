package io.fedemu.tenant.transport;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A device on the SMTP path that removes STARTTLS from the receiving host's EHLO answer, as a firewall's SMTP
 * inspection does: a real TCP proxy on loopback between the premises, passing everything else through unchanged
 * (the {@code strip-starttls} link fault, docs/PROTOCOL.md section 18). Without STARTTLS offered the session stays in
 * plain text, so the proxy can read the server's replies line by line.
 */
final class StartTlsStrippingProxy implements AutoCloseable {
    private final ServerSocket listener;
    private final int target;

    private StartTlsStrippingProxy(ServerSocket listener, int target) {
        this.listener = listener;
        this.target = target;
    }

    /** Listens on a free loopback port, passing connections on to {@code targetPort}. */
    static StartTlsStrippingProxy to(int targetPort) {
        try {
            ServerSocket listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
            StartTlsStrippingProxy proxy = new StartTlsStrippingProxy(listener, targetPort);
            daemon(proxy::accept, "fedemu-strip-starttls-" + targetPort).start();
            return proxy;
        } catch (IOException e) {
            throw new IllegalStateException("cannot start the STARTTLS-stripping proxy", e);
        }
    }

    int port() {
        return listener.getLocalPort();
    }

    int target() {
        return target;
    }

    @Override
    public void close() {
        try {
            listener.close();
        } catch (IOException e) {
            // Closing: nothing to do.
        }
    }

    private void accept() {
        while (!listener.isClosed()) {
            try {
                Socket client = listener.accept();
                Socket server = new Socket(InetAddress.getLoopbackAddress(), target);
                daemon(() -> pump(client, server), "to-server").start();
                daemon(() -> filterReplies(server, client), "to-client").start();
            } catch (IOException e) {
                // The listener closed, or the target refused: the next accept decides.
            }
        }
    }

    private static void pump(Socket from, Socket to) {
        try (InputStream in = from.getInputStream()) {
            OutputStream out = to.getOutputStream();
            in.transferTo(out);
        } catch (IOException e) {
            // One side went away.
        } finally {
            closeQuietly(from);
            closeQuietly(to);
        }
    }

    /** The server's replies, with the STARTTLS line of a multi-line 250 answer left out. */
    private static void filterReplies(Socket server, Socket client) {
        try (BufferedReader in =
                new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.US_ASCII))) {
            OutputStream out = client.getOutputStream();
            List<String> reply = new ArrayList<>();
            String line;
            while ((line = in.readLine()) != null) {
                reply.add(line);
                if (line.length() >= 4 && line.charAt(3) == '-') {
                    continue;
                }
                StringBuilder text = new StringBuilder();
                stripped(reply).forEach(l -> text.append(l).append("\r\n"));
                out.write(text.toString().getBytes(StandardCharsets.US_ASCII));
                out.flush();
                reply.clear();
            }
        } catch (IOException e) {
            // One side went away.
        } finally {
            closeQuietly(server);
            closeQuietly(client);
        }
    }

    static List<String> stripped(List<String> reply) {
        List<String> kept = new ArrayList<>();
        for (String line : reply) {
            if (!(line.startsWith("250")
                    && line.length() > 4
                    && line.substring(4).trim().toUpperCase(Locale.ROOT).equals("STARTTLS"))) {
                kept.add(line);
            }
        }
        if (!kept.isEmpty() && kept.size() < reply.size()) {
            // The last line kept ends the reply: "250 " rather than "250-".
            String last = kept.get(kept.size() - 1);
            if (last.length() >= 4 && last.charAt(3) == '-') {
                kept.set(kept.size() - 1, last.substring(0, 3) + " " + last.substring(4));
            }
        }
        return kept;
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException e) {
            // Closing: nothing to do.
        }
    }

    private static Thread daemon(Runnable work, String name) {
        Thread thread = new Thread(work, name);
        thread.setDaemon(true);
        return thread;
    }
}
