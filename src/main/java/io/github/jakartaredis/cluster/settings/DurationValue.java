package io.github.jakartaredis.cluster.settings;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses the duration spellings the configuration accepts. Stateless and thread-safe.
 *
 * <ul>
 *   <li>the seed's spelling: an integer, whitespace, a unit ({@code millisecond}, {@code second}, {@code minute},
 *       {@code hour}, {@code day}, singular or plural): {@code 3 seconds}, {@code 200 milliseconds};</li>
 *   <li>ISO-8601: {@code PT3S}, {@code PT0.5S};</li>
 *   <li>short forms: {@code 500ms}, {@code 3s}, {@code 1m}, {@code 1h}, {@code 1d}.</li>
 * </ul>
 */
public final class DurationValue {

    /** What {@link #parse} accepts, for error messages. */
    public static final String ACCEPTED = "an integer and a unit (millisecond, second, minute, hour or day, "
            + "singular or plural) such as '3 seconds', an ISO-8601 duration such as 'PT3S', "
            + "or a short form such as '500ms', '3s', '1m', '1h', '1d'";

    private static final Pattern WORDS =
            Pattern.compile("(\\d{1,18})\\s+(millisecond|second|minute|hour|day)s?", Pattern.CASE_INSENSITIVE);
    private static final Pattern SHORT = Pattern.compile("(\\d{1,18})(ms|s|m|h|d)", Pattern.CASE_INSENSITIVE);

    private DurationValue() {
    }

    /**
     * @param text the configured text, not null
     * @return the duration, or empty when the text is in none of the accepted spellings
     */
    public static Optional<Duration> parse(String text) {
        String value = text.trim();
        try {
            Matcher words = WORDS.matcher(value);
            if (words.matches()) {
                return Optional.of(of(Long.parseLong(words.group(1)), words.group(2).toLowerCase(Locale.ROOT)));
            }
            Matcher compact = SHORT.matcher(value);
            if (compact.matches()) {
                return Optional.of(of(Long.parseLong(compact.group(1)), compact.group(2).toLowerCase(Locale.ROOT)));
            }
            if (value.startsWith("P") || value.startsWith("p")) {
                return Optional.of(Duration.parse(value));
            }
        } catch (ArithmeticException | DateTimeParseException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    private static Duration of(long amount, String unit) {
        switch (unit) {
            case "ms":
            case "millisecond":
                return Duration.ofMillis(amount);
            case "s":
            case "second":
                return Duration.ofSeconds(amount);
            case "m":
            case "minute":
                return Duration.ofMinutes(amount);
            case "h":
            case "hour":
                return Duration.ofHours(amount);
            default:
                return Duration.ofDays(amount);
        }
    }
}
