package com.example.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.fedemu.junit.FederationExtension;
import microsoft.exchange.webservices.data.core.enumeration.misc.error.ServiceError;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class FreeBusyOverHttpsTest {
    @RegisterExtension
    static FederationExtension federation = FederationExtension.scenario("hybrid");

    @BeforeAll
    static void trustTheEmulator() {
        FederationExtension.trustEmulatorCa();
    }

    @Test
    void aliceOnPremisesSeesBobInTheCloud() throws Exception {
        assertEquals(
                ServiceError.NoError,
                FreeBusy.of(
                        "bob@contoso.com",
                        federation.tenant("contoso-onprem").ewsUrl(),
                        "alice@contoso.com",
                        "Passw0rd!alice"));
    }
}
