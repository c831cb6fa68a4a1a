package io.fedemu.tenant.transport;

import java.io.IOException;
import java.net.InetAddress;
import java.net.Socket;
import javax.net.SocketFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocket;
import org.subethamail.smtp.server.SSLSocketCreator;

/**
 * TCP_NODELAY on both ends of every SMTP connection. With Nagle's algorithm on, a TLS 1.3 handshake with client
 * certificates waits for the peer's delayed ACK (40 ms on Linux) at each flight of several small records: about
 * 130 ms of a cross-premises hop on the loopback went to those waits (docs/reference/benchmarks.md, "Mail").
 */
final class NoDelaySockets {
    private NoDelaySockets() {}

    /**
     * The server's STARTTLS: the accepted socket without Nagle, wrapped with {@code context} as the TLS server. Where
     * the peer may be another premises the server <em>asks</em> for a client certificate (Exchange requests one and
     * lets a host without one continue as anonymous, as an internet host does); {@link ConnectorSession} reads
     * whatever chain the peer presented from the TLS session.
     */
    static SSLSocketCreator startTls(SSLContext context, boolean requestClientCertificate) {
        return socket -> {
            socket.setTcpNoDelay(true);
            // The peer's IP as the name: no reverse lookup per STARTTLS (the library's own creator does one).
            SSLSocket tls = (SSLSocket) context.getSocketFactory()
                    .createSocket(socket, socket.getInetAddress().getHostAddress(), socket.getPort(), true);
            tls.setUseClientMode(false);
            tls.setWantClientAuth(requestClientCertificate);
            return tls;
        };
    }

    /** The sending side's plain sockets (Angus Mail's {@code mail.smtp.socketFactory}), without Nagle. */
    static SocketFactory client() {
        return new SocketFactory() {
            @Override
            public Socket createSocket() throws IOException {
                Socket socket = new Socket();
                socket.setTcpNoDelay(true);
                return socket;
            }

            @Override
            public Socket createSocket(String host, int port) throws IOException {
                return noDelay(new Socket(host, port));
            }

            @Override
            public Socket createSocket(String host, int port, InetAddress localHost, int localPort) throws IOException {
                return noDelay(new Socket(host, port, localHost, localPort));
            }

            @Override
            public Socket createSocket(InetAddress host, int port) throws IOException {
                return noDelay(new Socket(host, port));
            }

            @Override
            public Socket createSocket(InetAddress address, int port, InetAddress localAddress, int localPort)
                    throws IOException {
                return noDelay(new Socket(address, port, localAddress, localPort));
            }
        };
    }

    private static Socket noDelay(Socket socket) throws IOException {
        socket.setTcpNoDelay(true);
        return socket;
    }
}
