package io.github.jakartaredis.cluster.testing;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

/**
 * Captures every java.util.logging record, at every level, while open; Jedis's SLF4J logging reaches it through
 * slf4j-jdk14. Each captured line holds the formatted message and the stack trace of any exception. Thread-safe.
 */
public final class CapturedLog extends Handler implements AutoCloseable {

    private static final String[] LOGGERS = {"", "io.github.jakartaredis", "redis.clients", "org.jboss.weld"};

    private final List<String> lines = new ArrayList<>();
    private final List<Level> previousLevels = new ArrayList<>();
    private final SimpleFormatter formatter = new SimpleFormatter();

    private CapturedLog() {
        setLevel(Level.ALL);
    }

    /** @return a capture that runs until closed */
    public static CapturedLog start() {
        CapturedLog log = new CapturedLog();
        for (String name : LOGGERS) {
            Logger logger = Logger.getLogger(name);
            log.previousLevels.add(logger.getLevel());
            logger.setLevel(Level.ALL);
        }
        Logger.getLogger("").addHandler(log);
        return log;
    }

    @Override
    public synchronized void publish(LogRecord record) {
        StringBuilder line = new StringBuilder(formatter.format(record));
        if (record.getThrown() != null) {
            StringWriter trace = new StringWriter();
            record.getThrown().printStackTrace(new PrintWriter(trace));
            line.append(trace);
        }
        lines.add(line.toString());
    }

    /** @return every line captured so far */
    public synchronized List<String> lines() {
        return List.copyOf(lines);
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
        Logger.getLogger("").removeHandler(this);
        for (int i = 0; i < LOGGERS.length; i++) {
            Logger.getLogger(LOGGERS[i]).setLevel(previousLevels.get(i));
        }
    }
}
