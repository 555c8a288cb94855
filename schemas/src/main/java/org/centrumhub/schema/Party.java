package org.centrumhub.schema;

import java.util.Objects;

/**
 * A party of the exchange: a provider (8-digit AGB code) or a municipality (4-digit CBS code). The hub knows a party
 * by the address a message arrived on; the message types know which role sends and receives them.
 */
public record Party(Role role, String code) {

    /** The two roles of the exchange. */
    public enum Role {
        PROVIDER, MUNICIPALITY;

        /** The role on the other side of this one's messages. */
        public Role counterpart() {
            return this == PROVIDER ? MUNICIPALITY : PROVIDER;
        }
    }

    public Party {
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(code, "code");
    }

    public static Party provider(String agb) {
        return new Party(Role.PROVIDER, agb);
    }

    public static Party municipality(String cbs) {
        return new Party(Role.MUNICIPALITY, cbs);
    }

    @Override
    public String toString() {
        return role.name().toLowerCase(java.util.Locale.ROOT) + " " + code;
    }
}
