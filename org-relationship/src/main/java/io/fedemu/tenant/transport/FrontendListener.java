package io.fedemu.tenant.transport;

import io.fedemu.certs.Credential;
import io.fedemu.runtime.transport.RoleServer;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.UnaryOperator;

/**
 * One Receive connector and its binding, kept in step with its settings (docs/PROTOCOL.md section 18): a disabled
 * connector does not listen, and one whose TlsCertificateName names no certificate its server holds listens without
 * offering STARTTLS, as Exchange does. Each change that alters either restarts the listener on the same port.
 */
final class FrontendListener implements AutoCloseable {
    private final AtomicReference<ReceiveConnector> connector;
    private final SmtpCertificates certificates;
    private final List<X509Certificate> roots;
    private final Reception reception;
    private final int port;
    private SmtpEndpoint endpoint;
    private boolean offersStartTls;

    private final ConnectionLimits limits;

    private FrontendListener(
            AtomicReference<ReceiveConnector> connector,
            SmtpCertificates certificates,
            List<X509Certificate> roots,
            Reception reception,
            int port,
            ConnectionLimits limits) {
        this.limits = limits;
        this.connector = connector;
        this.certificates = certificates;
        this.roots = roots;
        this.reception = reception;
        this.port = port;
    }

    static FrontendListener start(
            AtomicReference<ReceiveConnector> connector,
            SmtpCertificates certificates,
            List<X509Certificate> roots,
            Reception reception,
            ConnectionLimits limits) {
        int port = connector.get().port() == 0
                ? RoleServer.freePort("127.0.0.1")
                : connector.get().port();
        FrontendListener listener = new FrontendListener(connector, certificates, roots, reception, port, limits);
        listener.reconcile();
        return listener;
    }

    ReceiveConnector connector() {
        return connector.get();
    }

    int port() {
        return port;
    }

    synchronized boolean listening() {
        return endpoint != null;
    }

    synchronized boolean offersStartTls() {
        return endpoint != null && offersStartTls;
    }

    /** Set-ReceiveConnector: the change, then the binding as the new settings want it. */
    synchronized ReceiveConnector change(UnaryOperator<ReceiveConnector> change) {
        ReceiveConnector changed = connector.updateAndGet(change);
        reconcile();
        return changed;
    }

    @Override
    public synchronized void close() {
        if (endpoint != null) {
            endpoint.close();
            endpoint = null;
        }
    }

    private void reconcile() {
        ReceiveConnector c = connector.get();
        boolean tls = certificates.named(c.tlsCertificateName()).isPresent();
        if (endpoint != null && (!c.enabled() || tls != offersStartTls)) {
            endpoint.close();
            endpoint = null;
        }
        if (c.enabled() && endpoint == null) {
            endpoint = SmtpEndpoint.start(
                    limits, c.name(), c.fqdn(), port, tls ? this::presented : null, roots, true, reception, null);
            offersStartTls = tls;
        }
    }

    private Credential presented() {
        return certificates.named(connector.get().tlsCertificateName()).orElse(null);
    }
}
