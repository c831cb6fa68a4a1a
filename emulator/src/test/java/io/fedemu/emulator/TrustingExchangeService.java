package io.fedemu.emulator;

import io.fedemu.certs.TrustBundles;
import java.nio.file.Path;
import javax.net.ssl.TrustManager;
import microsoft.exchange.webservices.data.core.EwsSSLProtocolSocketFactory;
import microsoft.exchange.webservices.data.core.ExchangeService;
import microsoft.exchange.webservices.data.core.enumeration.misc.ExchangeVersion;
import org.apache.http.config.Registry;
import org.apache.http.config.RegistryBuilder;
import org.apache.http.conn.socket.ConnectionSocketFactory;
import org.apache.http.conn.socket.PlainConnectionSocketFactory;
import org.apache.http.conn.ssl.DefaultHostnameVerifier;

/**
 * The EWS Java API's ExchangeService, trusting exactly the emulator's bundle (and verifying host
 * names) instead of the JVM's default trust store. The registry is built during the superclass
 * constructor, so the trust manager comes in through a thread-local set around construction.
 */
final class TrustingExchangeService extends ExchangeService {
    private static final ThreadLocal<TrustManager> TRUST = new ThreadLocal<>();

    private TrustingExchangeService(ExchangeVersion version) {
        super(version);
    }

    static ExchangeService trusting(Path bundle, ExchangeVersion version) throws Exception {
        TRUST.set(TrustBundles.trustManager(bundle));
        try {
            return new TrustingExchangeService(version);
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
