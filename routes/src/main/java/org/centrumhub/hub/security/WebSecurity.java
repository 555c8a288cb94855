package org.centrumhub.hub.security;

import jakarta.servlet.http.HttpServletResponse;
import java.security.Principal;
import java.util.Set;
import org.apache.activemq.artemis.spi.core.security.jaas.RolePrincipal;
import org.centrumhub.hub.config.HubProperties;
import org.centrumhub.hub.config.PartyRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.jaas.AuthorityGranter;
import org.springframework.security.authentication.jaas.DefaultJaasAuthenticationProvider;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfTokenRequestAttributeHandler;

/**
 * Who may do what over HTTP. Every login is checked against the same store as the broker's ({@link LoginModules}
 * through Spring Security's JAAS provider), so a party uses one credential for queues and HTTP.
 * <ul>
 *   <li>{@code /health} is open (load balancers, probes); so are the API description and the login page.</li>
 *   <li>The message API is for parties (HTTP Basic); a party is the sender of what it posts and reads only
 *   messages it sent or received. Operators read every message.</li>
 *   <li>The settlement API is for municipalities (their own rows) and operators.</li>
 *   <li>Hawtio, Jolokia, {@code /metrics}, the dead-letter API and {@code /api/v1/admin/**} are for operators
 *   only, by form login (a session for the console, with a CSRF token in a cookie the console sends back) or HTTP
 *   Basic.</li>
 * </ul>
 * The API chain makes no session; it honours an operator's console session (the dashboard reads the report API with
 * it), whose cookie is SameSite=Strict, so another site cannot ride on it.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SecurityProperties.class)
public class WebSecurity {
    private static final Logger LOG = LoggerFactory.getLogger(WebSecurity.class);
    static final String OPERATOR = Credentials.OPERATOR;

    @Bean
    Credentials credentials(HubProperties properties, PartyRegistry registry) {
        Credentials credentials = Credentials.prepare(properties.dataDir(), registry.providerCodes(),
                registry.municipalityCodes(), (parties, operator) -> {
                    if (parties > 0) {
                        LOG.info("Generated credentials for {} parties in {} (0600; hand each party its own line)",
                                parties, Credentials.folderOf(properties.dataDir()).resolve("parties.properties"));
                    }
                    if (operator) {
                        LOG.info("Generated the operator password in {}",
                                Credentials.folderOf(properties.dataDir()).resolve("operators.properties"));
                    }
                });
        LOG.info("Operator login (Hawtio, Jolokia, /metrics, DLQ API): user '{}', password in {}", OPERATOR,
                credentials.operatorsFile());
        return credentials;
    }

    @Bean
    DefaultJaasAuthenticationProvider jaasAuthentication(Credentials credentials) {
        DefaultJaasAuthenticationProvider provider = new DefaultJaasAuthenticationProvider();
        provider.setConfiguration(new LoginModules(credentials));
        provider.setLoginContextName(LoginModules.PASSWORD);
        provider.setAuthorityGranters(new AuthorityGranter[] {WebSecurity::roles});
        return provider;
    }

    private static Set<String> roles(Principal principal) {
        return principal instanceof RolePrincipal role ? Set.of(role.getName()) : Set.of();
    }

    /** The filter chains, where there is a web server (not in tests without one). */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
    static class Chains {

        /** Refuses to start with the HTTP port on a network address but without TLS. */
        @Bean
        Object httpExposureCheck(@Value("${server.address:}") String address,
                                 @Value("${server.ssl.enabled:false}") boolean tls, SecurityProperties security) {
            NetworkExposure.checkHttp(address, tls, security.plaintextOnNetwork());
            return new Object();
        }

        /** Machines: HTTP Basic or a client certificate; no session made, no CSRF (the cookie is SameSite=Strict). */
        @Bean
        @Order(1)
        SecurityFilterChain api(HttpSecurity http, DefaultJaasAuthenticationProvider jaas, Credentials credentials)
                throws Exception {
            http.securityMatcher("/api/**")
                    .authenticationProvider(jaas)
                    .authorizeHttpRequests(requests -> requests
                            .requestMatchers("/api/v1/dlq/**", "/api/v1/admin/**").hasAuthority(OPERATOR)
                            .requestMatchers("/api/v1/settlement/**", "/api/v1/reports", "/api/v1/reports/**")
                            .hasAnyAuthority(OPERATOR, Credentials.MUNICIPALITY_ROLE)
                            .requestMatchers("/api/v1/messages/**")
                            .hasAnyAuthority(OPERATOR, Credentials.PROVIDER_ROLE, Credentials.MUNICIPALITY_ROLE)
                            .anyRequest().hasAuthority(OPERATOR))
                    .httpBasic(basic -> basic.realmName("centrumhub"))
                    // with server.ssl.client-auth: a listed client certificate logs its party in without a password
                    .x509(x509 -> x509.x509PrincipalExtractor(certificate -> certificate.getSubjectX500Principal())
                            .authenticationUserDetailsService(new CertificateLogins(new LoginModules(credentials))))
                    // an operator's console session (the dashboard) is honoured, never made here; the session cookie
                    // is SameSite=Strict, so no other site can ride on it
                    .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.NEVER))
                    .csrf(csrf -> csrf.disable());
            return http.build();
        }

        /** People: the console and the operators' endpoints, by form login or HTTP Basic; /health open. */
        @Bean
        @Order(2)
        SecurityFilterChain console(HttpSecurity http, DefaultJaasAuthenticationProvider jaas) throws Exception {
            CsrfTokenRequestAttributeHandler plainToken = new CsrfTokenRequestAttributeHandler();
            plainToken.setCsrfRequestAttributeName(null); // the token is read on every request, so the cookie is set
            http.authenticationProvider(jaas)
                    .authorizeHttpRequests(requests -> requests
                            .requestMatchers("/health", "/health/**", "/v3/api-docs", "/v3/api-docs/**", "/login",
                                    "/error").permitAll()
                            .anyRequest().hasAuthority(OPERATOR))
                    .formLogin(Customizer.withDefaults())
                    .httpBasic(basic -> basic.realmName("centrumhub"))
                    .exceptionHandling(errors -> errors.accessDeniedHandler((request, response, denied) ->
                            response.sendError(HttpServletResponse.SC_FORBIDDEN, "operators only")))
                    .csrf(csrf -> csrf.csrfTokenRepository(CookieCsrfTokenRepository.withHttpOnlyFalse())
                            .csrfTokenRequestHandler(plainToken)
                            // Basic-authenticated scripts (no session) send no token; browsers log in by form
                            .ignoringRequestMatchers(request -> {
                                String authorization = request.getHeader("Authorization");
                                return authorization != null && authorization.startsWith("Basic ");
                            }));
            return http.build();
        }
    }
}
