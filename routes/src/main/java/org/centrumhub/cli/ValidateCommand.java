package org.centrumhub.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.centrumhub.schema.MessageType;
import org.centrumhub.transform.ErrorCode;
import org.centrumhub.transform.Finding;
import org.centrumhub.transform.Level;
import org.centrumhub.transform.MessageValidator;
import org.centrumhub.transform.ValidationResult;
import org.centrumhub.transform.rules.RuleCatalog;
import org.centrumhub.transform.xml.MessageReader;

/** {@code centrumhub validate [--json] [--max-bytes N] FILE...}: the standard's verdict on each file, offline. */
final class ValidateCommand {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final PrintStream out;
    private final PrintStream err;

    ValidateCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    int run(String[] args) {
        boolean json = false;
        long maxBytes = MessageReader.DEFAULT_MAX_BYTES;
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (arg.equals("--json")) {
                json = true;
            } else if (arg.equals("--max-bytes")) {
                if (i + 1 == args.length) {
                    return usage("--max-bytes needs a number of bytes");
                }
                try {
                    maxBytes = Long.parseLong(args[++i]);
                } catch (NumberFormatException e) {
                    return usage("--max-bytes needs a number of bytes, not '" + args[i] + "'");
                }
                if (maxBytes <= 0) {
                    return usage("--max-bytes must be positive");
                }
            } else if (arg.startsWith("-") && !arg.equals("-")) {
                return usage("unknown option " + arg);
            } else {
                files.add(Path.of(arg));
            }
        }
        if (files.isEmpty()) {
            return usage("no files given");
        }
        MessageValidator validator = new MessageValidator(maxBytes, RuleCatalog.standard(), Clock.system(MessageValidator.DUTCH_TIME));
        boolean allValid = true;
        for (Path file : files) {
            ValidationResult result = validate(validator, file);
            allValid &= result.valid();
            out.println(json ? json(file, result) : text(file, result));
        }
        return allValid ? Centrumhub.OK : Centrumhub.INVALID;
    }

    private static ValidationResult validate(MessageValidator validator, Path file) {
        if (!Files.isRegularFile(file)) {
            return unreadable("no such file");
        }
        try {
            return validator.validate(file);
        } catch (IOException e) {
            return unreadable("cannot read the file: " + e.getMessage());
        }
    }

    private static ValidationResult unreadable(String why) {
        return new ValidationResult(Optional.empty(), Level.XML,
                List.of(Finding.error(Level.XML, ErrorCode.UNREADABLE, null, why)), Optional.empty());
    }

    private int usage(String problem) {
        err.println("centrumhub validate: " + problem);
        err.println("usage: centrumhub validate [--json] [--max-bytes N] FILE...");
        return Centrumhub.USAGE;
    }

    static String text(Path file, ValidationResult result) {
        StringBuilder line = new StringBuilder();
        line.append(file).append(": ")
                .append(result.type().map(MessageType::name).orElse("unknown type")).append(' ')
                .append(result.valid() ? "valid" : "INVALID")
                .append(" (level ").append(result.level().label()).append(')');
        if (!result.valid()) {
            line.append(" codes ").append(String.join(",", result.codes()));
            if (!result.retourCodes().isEmpty()) {
                line.append(" retourcodes ").append(String.join(",", result.retourCodes()));
            }
        }
        for (Finding finding : result.findings()) {
            line.append(System.lineSeparator()).append("  ").append(finding);
        }
        return line.toString();
    }

    static String json(Path file, ValidationResult result) {
        ObjectNode node = JSON.createObjectNode();
        node.put("file", file.toString());
        node.put("type", result.type().map(MessageType::name).orElse(null));
        node.put("valid", result.valid());
        node.put("level", result.level().label());
        ArrayNode codes = node.putArray("codes");
        result.codes().forEach(codes::add);
        ArrayNode retourCodes = node.putArray("retourCodes");
        result.retourCodes().forEach(retourCodes::add);
        ArrayNode findings = node.putArray("findings");
        for (Finding finding : result.findings()) {
            ObjectNode f = findings.addObject();
            f.put("level", finding.level().label());
            f.put("code", finding.code());
            f.put("retourCode", finding.retourCode());
            f.put("path", finding.path());
            f.put("message", finding.message());
        }
        try {
            return JSON.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
