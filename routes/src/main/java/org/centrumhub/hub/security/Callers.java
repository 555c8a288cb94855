package org.centrumhub.hub.security;

import org.springframework.security.core.Authentication;

/** What an authenticated HTTP caller is. */
public final class Callers {
    private Callers() {
    }

    public static boolean isOperator(Authentication caller) {
        return has(caller, Credentials.OPERATOR);
    }

    public static boolean isMunicipality(Authentication caller) {
        return has(caller, Credentials.MUNICIPALITY_ROLE);
    }

    private static boolean has(Authentication caller, String role) {
        return caller != null && caller.getAuthorities().stream().anyMatch(a -> role.equals(a.getAuthority()));
    }
}
