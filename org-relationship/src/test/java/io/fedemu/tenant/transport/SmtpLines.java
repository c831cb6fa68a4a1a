package io.fedemu.tenant.transport;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** A plain SMTP client that writes raw lines and reads raw replies, for what Angus Mail would never send. */
final class SmtpLines implements AutoCloseable {
    private final Socket socket;
    private final BufferedReader in;
    private final OutputStream out;

    SmtpLines(int port) throws IOException {
        socket = new Socket(InetAddress.getLoopbackAddress(), port);
        // Only a guard against a hung test: every assertion is on what the server answers.
        socket.setSoTimeout(60_000);
        in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII));
        out = socket.getOutputStream();
    }

    /** Sends each line with CRLF, without waiting for any answer. */
    SmtpLines send(String... lines) throws IOException {
        StringBuilder b = new StringBuilder();
        for (String line : lines) {
            b.append(line).append("\r\n");
        }
        out.write(b.toString().getBytes(StandardCharsets.US_ASCII));
        out.flush();
        return this;
    }

    void write(byte[] bytes) throws IOException {
        out.write(bytes);
        out.flush();
    }

    /** The next line, or null once the server closed the connection. */
    String line() throws IOException {
        return in.readLine();
    }

    /** One reply, every line of a multi-line one ({@code 250-...} up to {@code 250 ...}). */
    List<String> reply() throws IOException {
        List<String> lines = new ArrayList<>();
        String line;
        do {
            line = in.readLine();
            if (line == null) {
                return lines;
            }
            lines.add(line);
        } while (line.length() > 3 && line.charAt(3) == '-');
        return lines;
    }

    /** Every line until the server closes the connection (a reset counts as closed). */
    List<String> untilClosed() {
        List<String> lines = new ArrayList<>();
        try {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                lines.add(line);
            }
        } catch (java.net.SocketTimeoutException e) {
            throw new AssertionError("the server kept the connection open; it answered " + lines.size() + " lines");
        } catch (IOException e) {
            // Reset by the server: closed.
        }
        return lines;
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
