package io.github.jakartaredis.cluster.settings;

import java.time.Duration;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.regex.Pattern;

/**
 * The strict spellings of configuration values: integers and rates in ASCII digits only, durations in whole
 * milliseconds that Jedis can take, no control characters anywhere. Leading and trailing spaces (U+0020 only) are
 * ignored. Stateless and thread-safe.
 */
final class StrictValues {

    /** The longest duration accepted: Jedis takes timeouts as {@code int} milliseconds. */
    static final Duration MAX_DURATION = Duration.ofMillis(Integer.MAX_VALUE);

    /** What a timeout key accepts, for error messages. */
    static final String TIMEOUT_ACCEPTED = "a duration > 0 in whole milliseconds, from 1 ms to " + Integer.MAX_VALUE
            + " ms (about 24.8 days): " + DurationValue.ACCEPTED;

    /** What a backoff duration key accepts, for error messages. */
    static final String BACKOFF_ACCEPTED = "a duration >= 0 in whole milliseconds, from 0 to " + Integer.MAX_VALUE
            + " ms (about 24.8 days): " + DurationValue.ACCEPTED;

    /** What a sample rate key accepts, for error messages. */
    static final String RATE_ACCEPTED = "a number from 0 to 1 written as a plain decimal, digits 0-9 and an "
            + "optional point (no sign, exponent or suffix), such as 0, 0.01 or 1";

    private static final Pattern DIGITS = Pattern.compile("[0-9]{1,10}");
    private static final Pattern DECIMAL = Pattern.compile("[0-9]{1,10}(\\.[0-9]{1,20})?");

    private StrictValues() {
    }

    /**
     * @param min the smallest integer accepted
     * @return what an integer key accepts, for error messages
     */
    static String integerAccepted(int min) {
        return "an integer from " + min + " to " + Integer.MAX_VALUE + ", digits 0-9 only";
    }

    /** @return the text without leading and trailing U+0020 spaces; other whitespace stays */
    static String trimSpaces(String text) {
        int start = 0;
        int end = text.length();
        while (start < end && text.charAt(start) == ' ') {
            start++;
        }
        while (end > start && text.charAt(end - 1) == ' ') {
            end--;
        }
        return text.substring(start, end);
    }

    /** @return whether the text holds a control character (U+0000-U+001F, U+007F-U+009F: tab, CR, LF, NUL...) */
    static boolean hasControlCharacter(String text) {
        return text.chars().anyMatch(Character::isISOControl);
    }

    /** @return the text with each control character written as a backslash, u and four hex digits, for messages */
    static String show(String text) {
        if (!hasControlCharacter(text)) {
            return text;
        }
        StringBuilder shown = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isISOControl(c)) {
                shown.append(String.format("\\u%04x", (int) c));
            } else {
                shown.append(c);
            }
        }
        return shown.toString();
    }

    /**
     * @param text the trimmed value, not null
     * @param min the smallest integer accepted
     * @return the integer, or empty unless the text is 1 to 10 ASCII digits from {@code min} to
     *         {@link Integer#MAX_VALUE}
     */
    static OptionalInt integer(String text, int min) {
        if (!DIGITS.matcher(text).matches()) {
            return OptionalInt.empty();
        }
        long value = Long.parseLong(text);
        return value >= min && value <= Integer.MAX_VALUE ? OptionalInt.of((int) value) : OptionalInt.empty();
    }

    /**
     * @param text the trimmed value, not null
     * @return the rate, or empty unless the text is a plain decimal ({@code 0}, {@code 0.01}, {@code 1.0}) from 0 to
     *         1: no sign, exponent, hexadecimal or type suffix
     */
    static OptionalDouble rate(String text) {
        if (!DECIMAL.matcher(text).matches()) {
            return OptionalDouble.empty();
        }
        double value = Double.parseDouble(text);
        return value <= 1 ? OptionalDouble.of(value) : OptionalDouble.empty();
    }

    /**
     * @param text the trimmed value, not null
     * @param zeroAllowed whether zero is accepted
     * @return the duration, or empty unless it is in a {@link DurationValue} spelling, a whole number of
     *         milliseconds, not negative, not zero unless allowed, and at most {@link #MAX_DURATION}
     */
    static Optional<Duration> duration(String text, boolean zeroAllowed) {
        return DurationValue.parse(text).filter(d -> !d.isNegative() && (zeroAllowed || !d.isZero())
                && d.getNano() % 1_000_000 == 0 && d.compareTo(MAX_DURATION) <= 0);
    }
}
