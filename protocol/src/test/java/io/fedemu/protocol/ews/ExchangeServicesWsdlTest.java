package io.fedemu.protocol.ews;

import static org.assertj.core.api.Assertions.assertThat;

import io.fedemu.protocol.ews.messages.ExchangeServicePortType;
import io.fedemu.protocol.ews.messages.ExchangeServices;
import jakarta.xml.ws.BindingProvider;
import org.junit.jupiter.api.Test;

/** CXF builds its service model from the packaged WSDL: the contract is loadable from the classpath, not only compilable. */
class ExchangeServicesWsdlTest {

    @Test
    void clientProxyIsBuiltFromTheClasspathWsdl() {
        ExchangeServicePortType port = new ExchangeServices().getExchangeServicePort();

        assertThat(ExchangeServices.WSDL_LOCATION).isNotNull();
        assertThat(((BindingProvider) port).getRequestContext())
                .containsEntry(BindingProvider.ENDPOINT_ADDRESS_PROPERTY, "https://localhost/EWS/Exchange.asmx");
    }
}
