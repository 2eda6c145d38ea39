package io.github.jakartaredis.cluster.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DurationValueTest {

    @ParameterizedTest
    @CsvSource({"3 seconds,3000", "1 second,1000", "200 milliseconds,200", "1 minute,60000", "2 hours,7200000",
            "1 day,86400000", "PT3S,3000", "PT0.5S,500", "500ms,500", "3s,3000", "1m,60000", "1h,3600000",
            "'  7   Seconds ',7000"})
    void acceptedSpellingsParse(String text, long millis) {
        assertThat(DurationValue.parse(text)).contains(Duration.ofMillis(millis));
    }

    @ParameterizedTest
    @ValueSource(strings = {"3 parsecs", "3", "three seconds", "3.5s", "s", "P", "-3s", "3 secondss"})
    void otherSpellingsAreRejected(String text) {
        assertThat(DurationValue.parse(text)).isEmpty();
    }
}
