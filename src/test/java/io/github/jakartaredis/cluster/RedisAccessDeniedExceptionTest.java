package io.github.jakartaredis.cluster;

import io.github.jakartaredis.cluster.retry.RedisErrorKind;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import redis.clients.jedis.exceptions.JedisAccessControlException;

class RedisAccessDeniedExceptionTest {

    @Test
    void aRefusedPasswordNamesTheClientAndTheUserAndIsOfNoRetriedKind() {
        JedisAccessControlException refusal = new JedisAccessControlException(
                "WRONGPASS invalid username-password pair or user is disabled.");
        RedisAccessDeniedException error = new RedisAccessDeniedException("foo", "app", refusal);
        assertThat(error).hasMessage("Redis cluster client 'foo' could not authenticate as ACL user 'app': WRONGPASS"
                + " invalid username-password pair or user is disabled.; check the user and password of foo.url (the"
                + " password is not shown) and that the user exists and is enabled on every node. Authentication"
                + " failures are not retried").hasCause(refusal);
        assertThat(error.client()).isEqualTo("foo");
        assertThat(error.user()).isEqualTo("app");
        assertThat(RedisErrorKind.of(error)).isEmpty();
        assertThat(RedisErrorKind.of(refusal)).isEmpty();
    }

    @Test
    void noUserMeansTheDefaultUser() {
        RedisAccessDeniedException error = new RedisAccessDeniedException("foo", null,
                new JedisAccessControlException("NOAUTH Authentication required."));
        assertThat(error.user()).isEqualTo("default");
        assertThat(error).hasMessageStartingWith("Redis cluster client 'foo' could not authenticate as ACL user"
                + " 'default': NOAUTH");
    }

    @Test
    void aMissingPermissionIsNamedWithTheRuleThatGrantsIt() {
        JedisAccessControlException refusal = new JedisAccessControlException(
                "NOPERM this user has no permissions to run the 'cluster|slots' command");
        RedisAccessDeniedException error = new RedisAccessDeniedException("foo", "app", refusal);
        assertThat(error).hasMessageContaining("runs as ACL user 'app', which lacks a permission")
                .hasMessageContaining("ACL SETUSER app +cluster|slots");
        assertThat(RedisAccessDeniedException.missingCommand(refusal.getMessage())).contains("cluster|slots");
        assertThat(RedisErrorKind.of(error)).isEmpty();
    }
}
