package io.github.jakartaredis.cluster.settings;

import java.util.List;

/**
 * One or more configuration values of a client are missing or malformed. The message lists every problem, one
 * per line, each naming the key, the value (secrets redacted) and what is accepted. Immutable and thread-safe.
 */
public class InvalidSettingsException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final List<String> problems;

    /** @param problems the problems found, at least one, none null */
    public InvalidSettingsException(List<String> problems) {
        super(format(problems));
        this.problems = List.copyOf(problems);
    }

    /** @return every problem found, in the order the keys were read */
    public List<String> problems() {
        return problems;
    }

    private static String format(List<String> problems) {
        StringBuilder message = new StringBuilder("Invalid Redis Cluster configuration (")
                .append(problems.size()).append(problems.size() == 1 ? " problem):" : " problems):");
        for (String problem : problems) {
            message.append("\n  - ").append(problem);
        }
        return message.toString();
    }
}
