package io.github.jakartaredis.cluster.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import redis.clients.jedis.HostAndPort;

class RedisUrlTest {

    @Test
    void severalSeedsShareTheFirstUrlsSchemeAndCredentials() {
        RedisUrl url = RedisUrl.parse("rediss://:pw@a:7000,b:7001, rediss://c:7002/0");
        assertThat(url.seeds()).containsExactly(new HostAndPort("a", 7000), new HostAndPort("b", 7001),
                new HostAndPort("c", 7002));
        assertThat(url.tls()).isTrue();
        assertThat(url.user()).isNull();
        assertThat(url.password()).isEqualTo("pw");
    }

    @Test
    void portDefaultsTo6379AndPercentEncodedPasswordsAreDecoded() {
        RedisUrl url = RedisUrl.parse("redis://user:p%40ss+word@host");
        assertThat(url.seeds()).containsExactly(new HostAndPort("host", 6379));
        assertThat(url.password()).isEqualTo("p@ss+word");
    }

    @Test
    void databaseOtherThanZeroIsRejected() {
        assertThatThrownBy(() -> RedisUrl.parse("redis://host:7000/1")).hasMessageContaining("only database 0");
    }

    @Test
    void otherSchemesAndMixedSchemesAreRejected() {
        assertThatThrownBy(() -> RedisUrl.parse("http://host:7000")).hasMessageContaining("scheme 'http'");
        assertThatThrownBy(() -> RedisUrl.parse("redis://a:1,rediss://b:2")).hasMessageContaining("mix");
        assertThatThrownBy(() -> RedisUrl.parse("a:1")).hasMessageContaining("needs a scheme");
    }

    @Test
    void redactHidesEveryCredential() {
        assertThat(RedisUrl.redact("redis://u:secret@a:1,redis://:other@b:2"))
                .isEqualTo("redis://****@b:2");
    }

    @Test
    void ipv6SeedsInBracketsParseToTheBareAddress() {
        RedisUrl url = RedisUrl.parse("redis://[::1]:7000,[::1]:7001,redis://[2001:db8::7]/0");
        assertThat(url.seeds()).containsExactly(new HostAndPort("::1", 7000), new HostAndPort("::1", 7001),
                new HostAndPort("2001:db8::7", 6379));
    }

    @Test
    void ipv6AddressesWithoutBracketsOrWithBadContentAreRejected() {
        assertThatThrownBy(() -> RedisUrl.parse("redis://::1:7000")).hasMessageContaining("brackets");
        assertThatThrownBy(() -> RedisUrl.parse("redis://[::1:7000")).hasMessageContaining("]");
        assertThatThrownBy(() -> RedisUrl.parse("redis://[::g]:7000")).hasMessageContaining("'::g'");
    }

    @Test
    void theCredentialsEndAtTheLastAtSignSoPasswordsMayHoldSeparatorsUnencoded() {
        RedisUrl url = RedisUrl.parse("redis://user:p@ss,w/rd:?#@a:7000,b:7001");
        assertThat(url.user()).isEqualTo("user");
        assertThat(url.password()).isEqualTo("p@ss,w/rd:?#");
        assertThat(url.seeds()).containsExactly(new HostAndPort("a", 7000), new HostAndPort("b", 7001));
    }

    @Test
    void percentEscapesAreDecodedAndAPercentSignWithoutTwoHexDigitsStandsForItself() {
        assertThat(RedisUrl.parse("redis://us%3Aer:%2F%2c%40%25+%E2%82%AC@h").user()).isEqualTo("us:er");
        assertThat(RedisUrl.parse("redis://us%3Aer:%2F%2c%40%25+%E2%82%AC@h").password()).isEqualTo("/,@%+\u20ac");
        assertThat(RedisUrl.parse("redis://:50%off%@h").password()).isEqualTo("50%off%");
        assertThat(RedisUrl.parse("redis://:%3A//x@h").password()).isEqualTo("://x");
    }

    @Test
    void portsOutsideOneTo65535AreRejected() {
        for (String port : new String[] {"0", "65536", "99999", "-1", "+7000", "\u0663", "", "x"}) {
            assertThatThrownBy(() -> RedisUrl.parse("redis://h:" + port)).as(port)
                    .hasMessageContaining("port '" + port + "' of seed node 1 is not an integer from 1 to 65535");
        }
        assertThat(RedisUrl.parse("redis://h:1,h:65535").seeds()).containsExactly(new HostAndPort("h", 1),
                new HostAndPort("h", 65535));
    }

    @Test
    void noReasonQuotesAnythingBeforeTheLastAtSign() {
        String[] urls = {"redis://:Qz/7@Kx@h:notaport", "redis://:Qz/7@Kx@h:7000/1", "http://:Qz/7@Kx@h",
            "redis://h:1,redis://:Qz/7@Kx@h:2", ":Qz/7@Kx@h:1", "redis://Qz/7@Kx@h:1", "redis://:Qz/7%ZZ@Kx@h:1/2",
            "Qz/7://Kx@h", "redis://:Qz://Kx@h:1/2"};
        for (String text : urls) {
            assertThatThrownBy(() -> RedisUrl.parse(text)).as(text).message().doesNotContain("Qz", "Kx");
            assertThat(RedisUrl.redact(text)).as(text).doesNotContain("Qz", "Kx").endsWith("****" + text.substring(
                    text.lastIndexOf('@')));
        }
    }
}
