package io.fedemu.emulator;

import io.fedemu.certs.TrustBundles;
import java.net.URI;
import java.nio.file.Path;
import javax.net.ssl.TrustManager;
import microsoft.exchange.webservices.data.autodiscover.AutodiscoverService;
import microsoft.exchange.webservices.data.core.EwsSSLProtocolSocketFactory;
import microsoft.exchange.webservices.data.core.enumeration.misc.ExchangeVersion;
import org.apache.http.config.Registry;
import org.apache.http.config.RegistryBuilder;
import org.apache.http.conn.socket.ConnectionSocketFactory;
import org.apache.http.conn.socket.PlainConnectionSocketFactory;
import org.apache.http.conn.ssl.DefaultHostnameVerifier;

/**
 * The EWS Java API's AutodiscoverService, trusting exactly the emulator's bundle (host names verified), as
 * TrustingExchangeService does for EWS: the registry is built in the superclass constructor, so the trust
 * manager comes in through a thread-local set around construction.
 */
final class TrustingAutodiscoverService extends AutodiscoverService {
    private static final ThreadLocal<TrustManager> TRUST = new ThreadLocal<>();

    private TrustingAutodiscoverService(URI url, ExchangeVersion version) throws Exception {
        super(url, version);
    }

    static AutodiscoverService trusting(Path bundle, URI url) throws Exception {
        TRUST.set(TrustBundles.trustManager(bundle));
        try {
            return new TrustingAutodiscoverService(url, ExchangeVersion.Exchange2010_SP2);
        } finally {
            TRUST.remove();
        }
    }

    @Override
    protected Registry<ConnectionSocketFactory> createConnectionSocketFactoryRegistry() {
        try {
            return RegistryBuilder.<ConnectionSocketFactory>create()
                    .register("http", PlainConnectionSocketFactory.INSTANCE)
                    .register("https", EwsSSLProtocolSocketFactory.build(TRUST.get(), new DefaultHostnameVerifier()))
                    .build();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
