package org.centrumhub.transform.intake;

import java.util.Objects;

/** A party the hub exchanges messages with: a provider (8-digit AGB code) or a municipality (4-digit CBS code). */
public record Party(Role role, String code) {
    public enum Role {
        PROVIDER, MUNICIPALITY
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

    /** The party on the other side of this one's messages. */
    public Role counterpart() {
        return role == Role.PROVIDER ? Role.MUNICIPALITY : Role.PROVIDER;
    }
}
