package org.centrumhub.hub.security;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The hub listens beyond this machine only with TLS, or when told explicitly that a proxy does TLS for it. */
class NetworkExposureTest {

    @Test
    void loopbackNeedsNoTls() {
        assertThatCode(() -> NetworkExposure.checkAcceptor("tcp://127.0.0.1:61616", false)).doesNotThrowAnyException();
        assertThatCode(() -> NetworkExposure.checkAcceptor("tcp://localhost:61616", false)).doesNotThrowAnyException();
        assertThatCode(() -> NetworkExposure.checkHttp("127.0.0.1", false, false)).doesNotThrowAnyException();
        assertThatCode(() -> NetworkExposure.checkHttp("::1", false, false)).doesNotThrowAnyException();
    }

    @Test
    void aNetworkAddressWithoutTlsIsRefused() {
        assertThatThrownBy(() -> NetworkExposure.checkAcceptor("tcp://0.0.0.0:61616", false))
                .hasMessageContaining("sslEnabled=true");
        assertThatThrownBy(() -> NetworkExposure.checkAcceptor("tcp://10.1.2.3:61616?protocols=CORE", false))
                .hasMessageContaining("without TLS");
        assertThatThrownBy(() -> NetworkExposure.checkHttp("0.0.0.0", false, false)).hasMessageContaining("server.ssl");
        assertThatThrownBy(() -> NetworkExposure.checkHttp(null, false, false)).hasMessageContaining("all interfaces");
    }

    @Test
    void aNetworkAddressWithTlsOrBehindADeclaredProxyIsAllowed() {
        assertThatCode(() -> NetworkExposure.checkAcceptor(
                "tcp://0.0.0.0:61617?sslEnabled=true;keyStorePath=/etc/hub/broker.p12", false)).doesNotThrowAnyException();
        assertThatCode(() -> NetworkExposure.checkHttp("0.0.0.0", true, false)).doesNotThrowAnyException();
        assertThatCode(() -> NetworkExposure.checkAcceptor("tcp://0.0.0.0:61616", true)).doesNotThrowAnyException();
        assertThatCode(() -> NetworkExposure.checkHttp("0.0.0.0", false, true)).doesNotThrowAnyException();
    }
}
