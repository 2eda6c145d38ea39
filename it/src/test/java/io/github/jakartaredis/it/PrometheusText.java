package io.github.jakartaredis.it;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Samples of the Prometheus text format as both runtimes write it: Payara {@code name{a="v",b="w"} 3}, Open
 * Liberty {@code name{a="v",b="w",} 3.0} (trailing comma, float). Comments and blank lines are skipped.
 */
final class PrometheusText {

    /** One sample line. */
    record Sample(String name, Map<String, String> labels, double value) {
        boolean has(String label, String expected) {
            return expected.equals(labels.get(label));
        }
    }

    private static final Pattern LINE = Pattern.compile(
            "^([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\\{(.*)})?\\s+(\\S+)(?:\\s+-?\\d+)?\\s*$");
    private static final Pattern LABEL = Pattern.compile(
            "\\s*([a-zA-Z_][a-zA-Z0-9_]*)\\s*=\\s*\"((?:[^\"\\\\]|\\\\.)*)\"\\s*(?:,|$)");

    private final List<Sample> samples;

    private PrometheusText(List<Sample> samples) {
        this.samples = samples;
    }

    static PrometheusText parse(String text) {
        List<Sample> samples = new ArrayList<>();
        for (String line : text.split("\n")) {
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                continue;
            }
            Matcher matcher = LINE.matcher(trimmed);
            if (!matcher.matches()) {
                throw new IllegalArgumentException("Not a Prometheus sample line: " + line);
            }
            Map<String, String> labels = new LinkedHashMap<>();
            String labelText = matcher.group(2);
            if (labelText != null) {
                Matcher label = LABEL.matcher(labelText);
                int at = 0;
                while (at < labelText.length() && label.find(at) && label.start() == at) {
                    labels.put(label.group(1), unescape(label.group(2)));
                    at = label.end();
                }
                if (!labelText.substring(at).isBlank()) {
                    throw new IllegalArgumentException("Bad labels in: " + line);
                }
            }
            samples.add(new Sample(matcher.group(1), labels, parseValue(matcher.group(3))));
        }
        return new PrometheusText(samples);
    }

    private static double parseValue(String text) {
        switch (text) {
            case "+Inf":
                return Double.POSITIVE_INFINITY;
            case "-Inf":
                return Double.NEGATIVE_INFINITY;
            default:
                return Double.parseDouble(text);
        }
    }

    private static String unescape(String value) {
        return value.replace("\\n", "\n").replace("\\\"", "\"").replace("\\\\", "\\");
    }

    List<Sample> samples() {
        return samples;
    }

    /** Samples named {@code name} with every label of {@code labels} ("k", "v", "k2", "v2", ...). */
    List<Sample> find(String name, String... labels) {
        List<Sample> found = new ArrayList<>();
        outer:
        for (Sample sample : samples) {
            if (!sample.name().equals(name)) {
                continue;
            }
            for (int i = 0; i + 1 < labels.length; i += 2) {
                if (!sample.has(labels[i], labels[i + 1])) {
                    continue outer;
                }
            }
            found.add(sample);
        }
        return found;
    }

    Optional<Sample> first(String name, String... labels) {
        return find(name, labels).stream().findFirst();
    }
}
