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
                .isEqualTo("redis://****@a:1,redis://****@b:2");
    }
}
