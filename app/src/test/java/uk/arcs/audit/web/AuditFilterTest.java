package uk.arcs.audit.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

class AuditFilterTest {

    private static MockHttpServletRequest request(String forwardedFor) {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/v1/forces/MET/events");
        request.setRemoteAddr("10.0.0.2");
        if (forwardedFor != null) {
            request.addHeader("X-Forwarded-For", forwardedFor);
        }
        return request;
    }

    @Test
    void forwardedForIsIgnoredUnlessAProxyIsTrusted() {
        assertThat(new AuditFilter(null, false).client(request("203.0.113.9"))).isEqualTo("10.0.0.2");
    }

    @Test
    void trustedProxyGivesTheFirstForwardedAddressAndItself() {
        AuditFilter behindProxy = new AuditFilter(null, true);
        assertThat(behindProxy.client(request("203.0.113.9, 10.0.0.1"))).isEqualTo("203.0.113.9 via 10.0.0.2");
        assertThat(behindProxy.client(request("2001:db8::7"))).isEqualTo("2001:db8::7 via 10.0.0.2");
        assertThat(behindProxy.client(request(null))).isEqualTo("10.0.0.2");
        assertThat(behindProxy.client(request("<script>alert(1)</script>")))
                .isEqualTo("10.0.0.2 (with an unreadable X-Forwarded-For)");
    }
}
