package org.centrumhub.transform.region;

import java.util.List;

/**
 * Region arrangement files that cannot be used. Each problem names the file, the key and what is wrong, e.g.
 * {@code zuid-limburg.yml: domains.jeugd.participants[3].share: has 5 decimals, at most 4 are allowed}.
 */
public class ArrangementException extends RuntimeException {
    private final List<String> problems;

    public ArrangementException(List<String> problems) {
        super(problems.size() == 1 ? problems.get(0)
                : problems.size() + " problems in the region arrangements:\n  " + String.join("\n  ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
