package io.github.jakartaredis.cluster.execution;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import redis.clients.jedis.ClusterCommandObjects;
import redis.clients.jedis.RedisProtocol;
import redis.clients.jedis.util.JedisClusterCRC16;

/** What Redis's command table says of a command, looked up once per command name: no Redis. */
class CommandTraitsTest {

    private static final ClusterCommandObjects COMMANDS = new ClusterCommandObjects(RedisProtocol.RESP2);

    @Test
    void getReadsOnlyAndGoesToItsSlot() {
        CommandTraits get = CommandTraits.of(COMMANDS.get("k").getArguments());
        assertThat(get.readOnly()).isTrue();
        assertThat(get.write()).isFalse();
        assertThat(get.slotRouted()).isTrue();
    }

    @Test
    void setWritesAndGoesToItsSlot() {
        CommandTraits set = CommandTraits.of(COMMANDS.set("k", "v").getArguments());
        assertThat(set.write()).isTrue();
        assertThat(set.readOnly()).isFalse();
        assertThat(set.slotRouted()).isTrue();
    }

    @Test
    void delIsSentToEveryShardByRedisSoItIsNotSlotRouted() {
        assertThat(CommandTraits.of(COMMANDS.del("a", "b").getArguments()).slotRouted()).isFalse();
    }

    @Test
    void aKeyedCommandGoesThroughTheLibrarysPathNotJedis() {
        assertThat(CommandTraits.routedByJedis(COMMANDS.get("k").getArguments())).isFalse();
        assertThat(CommandTraits.routedByJedis(COMMANDS.set("k", "v").getArguments())).isFalse();
    }

    @Test
    void aKeylessCommandIsRoutedByJedis() {
        assertThat(CommandTraits.routedByJedis(COMMANDS.dbSize().getArguments())).isTrue();
    }

    @Test
    void aCommandRedisSendsToEveryShardIsRoutedByJedisOnlyWhenItsKeysSpanSlots() {
        assertThat(JedisClusterCRC16.getSlot("a")).isNotEqualTo(JedisClusterCRC16.getSlot("b"));
        assertThat(CommandTraits.routedByJedis(COMMANDS.del("a", "b").getArguments())).isTrue();
        assertThat(CommandTraits.routedByJedis(COMMANDS.del("{t}a", "{t}b").getArguments())).isFalse();
        assertThat(CommandTraits.routedByJedis(COMMANDS.del("a").getArguments())).isFalse();
        assertThat(CommandTraits.routedByJedis(COMMANDS.exists("a", "b").getArguments())).isTrue();
    }

    @Test
    void theTraitsOfACommandAreLookedUpOnce() {
        assertThat(CommandTraits.of(COMMANDS.get("a").getArguments()))
                .isSameAs(CommandTraits.of(COMMANDS.get("b").getArguments()));
    }
}
