package org.centrumhub.hub.security;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code centrumhub.security.*}.
 *
 * @param plaintextOnNetwork lets the HTTP port or the broker's acceptor listen on an address other than loopback
 *                           without TLS; only for a network that is private to the hub and a proxy that terminates
 *                           TLS in front of it (the hub refuses to start otherwise)
 */
@ConfigurationProperties("centrumhub.security")
public record SecurityProperties(@DefaultValue("false") boolean plaintextOnNetwork) {
}
