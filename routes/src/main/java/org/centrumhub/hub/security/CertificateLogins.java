package org.centrumhub.hub.security;

import java.security.cert.X509Certificate;
import java.util.List;
import javax.security.auth.Subject;
import javax.security.auth.login.LoginContext;
import javax.security.auth.login.LoginException;
import org.apache.activemq.artemis.spi.core.security.jaas.CertificateCallback;
import org.apache.activemq.artemis.spi.core.security.jaas.RolePrincipal;
import org.apache.activemq.artemis.spi.core.security.jaas.UserPrincipal;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.AuthenticationUserDetailsService;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.web.authentication.preauth.PreAuthenticatedAuthenticationToken;

/**
 * HTTP clients that present a TLS client certificate (with {@code server.ssl.client-auth}): the certificate is
 * looked up the way the broker does it, through the certificate login of {@link LoginModules} (the operator's
 * {@code certificate-users.properties}), so one list says which certificate is which party on both doors.
 */
final class CertificateLogins implements AuthenticationUserDetailsService<PreAuthenticatedAuthenticationToken> {
    private final LoginModules modules;

    CertificateLogins(LoginModules modules) {
        this.modules = modules;
    }

    @Override
    public UserDetails loadUserDetails(PreAuthenticatedAuthenticationToken token) {
        if (!(token.getCredentials() instanceof X509Certificate certificate)) {
            throw new UsernameNotFoundException("no client certificate");
        }
        try {
            LoginContext login = new LoginContext(LoginModules.CERTIFICATE, new Subject(), callbacks -> {
                for (var callback : callbacks) {
                    if (callback instanceof CertificateCallback certificates) {
                        certificates.setCertificates(new X509Certificate[] {certificate});
                    }
                }
            }, modules);
            login.login();
            Subject subject = login.getSubject();
            String user = subject.getPrincipals(UserPrincipal.class).stream().findFirst()
                    .orElseThrow(() -> new UsernameNotFoundException("the certificate names no login")).getName();
            List<SimpleGrantedAuthority> roles = subject.getPrincipals(RolePrincipal.class).stream()
                    .map(role -> new SimpleGrantedAuthority(role.getName())).toList();
            return User.withUsername(user).password("").authorities(roles).build();
        } catch (LoginException e) {
            throw new UsernameNotFoundException("the client certificate is not listed for any party");
        }
    }
}
