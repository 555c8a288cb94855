package org.centrumhub.bench.hub;

import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the hub answered in a run: per answer the retourcodes it holds ({@code no-retourcode}: a retour of an accepted
 * message, which carries none, or a forwarded message); for a declaration's answer (325) also its lines, granted or
 * rejected by their code. The answer of a 325 lists only the rejected lines; a code on the class
 * DeclaratieAntwoord other than 8001 (granted in full) or 0200 (see the lines), or a header rejected with 0001,
 * rejects every line.
 */
public final class Answers {
    private static final Pattern CODE = Pattern.compile("RetourCode>(\\d{4})</");
    private static final Pattern LINE = Pattern.compile("<(\\w+):Prestatie>(.*?)</\\1:Prestatie>", Pattern.DOTALL);
    private final boolean read;
    private final Map<String, Integer> byCodes = new TreeMap<>();
    private final Map<String, Integer> rejectedLines = new TreeMap<>();
    private long declaredLines;
    private long grantedLines;

    private Answers(boolean read) {
        this.read = read;
    }

    /** Answers that are the hub's retours, read and counted. */
    public static Answers counted() {
        return new Answers(true);
    }

    /** Answers that are not the hub's (the bare route hands the message itself back): not read. */
    public static Answers ignored() {
        return new Answers(false);
    }

    boolean read() {
        return read;
    }

    synchronized void add(Outbound sent, String answer) {
        Matcher code = CODE.matcher(answer);
        TreeMap<String, Boolean> codes = new TreeMap<>();
        String last = null;
        while (code.find()) {
            last = code.group(1);
            codes.put(last, true);
        }
        byCodes.merge(String.join(",", codes.keySet()), 1, Integer::sum);
        if (!answer.contains("325:Bericht")) {
            return;
        }
        declaredLines += sent.lines();
        if (!"8001".equals(last) && !"0200".equals(last)) {
            rejectedLines.merge(last == null ? "none" : last + " (whole declaration)", sent.lines(), Integer::sum);
            return;
        }
        int rejected = 0;
        Matcher line = LINE.matcher(answer);
        while (line.find()) {
            rejected++;
            Matcher lineCode = CODE.matcher(line.group(2));
            rejectedLines.merge(lineCode.find() ? lineCode.group(1) : "none", 1, Integer::sum);
        }
        grantedLines += sent.lines() - rejected;
    }

    public synchronized long declaredLines() {
        return declaredLines;
    }

    public synchronized long grantedLines() {
        return grantedLines;
    }

    /** E.g. {@code answers 0200 x3000} or {@code answers 0200,8001 x4; lines granted 32,000 of 32,000}. */
    public synchronized String summary() {
        if (!read) {
            return "not read";
        }
        StringBuilder out = new StringBuilder("answers");
        byCodes.forEach((codes, count) -> out.append(' ').append(codes.isEmpty() ? "no-retourcode" : codes).append(" x")
                .append(count));
        if (declaredLines > 0) {
            out.append(String.format("; lines granted %,d of %,d", grantedLines, declaredLines));
            if (!rejectedLines.isEmpty()) {
                out.append(", rejected");
                rejectedLines.forEach((code, count) -> out.append(' ').append(code).append(" x").append(count));
            }
        }
        return out.toString();
    }
}
