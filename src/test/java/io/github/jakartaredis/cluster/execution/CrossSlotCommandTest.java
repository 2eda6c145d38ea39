package io.github.jakartaredis.cluster.execution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import redis.clients.jedis.ClusterCommandObjects;
import redis.clients.jedis.CommandObject;
import redis.clients.jedis.RedisProtocol;
import redis.clients.jedis.util.JedisClusterCRC16;

/** Splitting a multi-key command per slot and putting the replies back: no Redis. */
class CrossSlotCommandTest {

    private static final ClusterCommandObjects COMMANDS = new ClusterCommandObjects(RedisProtocol.RESP2);

    private static List<String> keysOf(CommandObject<?> part) {
        List<String> keys = new ArrayList<>();
        for (Object key : part.getArguments().getKeys()) {
            keys.add((String) key);
        }
        return keys;
    }

    @Test
    void keysOfOneSlotGoInOnePartWhereverTheyStandInTheList() {
        CrossSlotCommand<List<String>> mget = CrossSlotCommand.overKeys(
                new String[] {"{a}1", "{b}1", "{a}2", "{b}2", "{a}3"}, slice -> COMMANDS.mget((String[]) slice), true);
        assertThat(mget.parts()).hasSize(2);
        assertThat(keysOf(mget.parts().get(0))).containsExactly("{a}1", "{a}2", "{a}3");
        assertThat(keysOf(mget.parts().get(1))).containsExactly("{b}1", "{b}2");
        for (CommandObject<?> part : mget.parts()) {
            assertThat(keysOf(part)).extracting(JedisClusterCRC16::getSlot).containsOnly(
                    JedisClusterCRC16.getSlot(keysOf(part).get(0)));
        }
    }

    @Test
    void valuesComeBackInTheCallersKeyOrder() {
        CrossSlotCommand<List<String>> mget = CrossSlotCommand.overKeys(
                new String[] {"{a}1", "{b}1", "{a}2", "{b}2"}, slice -> COMMANDS.mget((String[]) slice), true);
        List<String> values = mget.combine(List.of(List.of("a1", "a2"), List.of("b1", "b2")));
        assertThat(values).containsExactly("a1", "b1", "a2", "b2");
    }

    @Test
    void aRepeatedKeyGetsItsValueAtEveryPlace() {
        CrossSlotCommand<List<String>> mget = CrossSlotCommand.overKeys(
                new String[] {"{a}1", "{a}1", "{b}1"}, slice -> COMMANDS.mget((String[]) slice), true);
        assertThat(mget.combine(List.of(List.of("x", "x"), List.of("y")))).containsExactly("x", "x", "y");
    }

    @Test
    void countsAreSummed() {
        CrossSlotCommand<Long> del = CrossSlotCommand.overKeys(
                new String[] {"{a}1", "{b}1", "{c}1"}, slice -> COMMANDS.del((String[]) slice), false);
        assertThat(del.combine(List.of(1L, 0L, 1L))).isEqualTo(2L);
    }

    @Test
    void pairsStayTogetherAndOkIsOkOnlyWhenEveryPartSaysSo() {
        CrossSlotCommand<String> mset = CrossSlotCommand.overPairs(
                new String[] {"{a}1", "v1", "{b}1", "v2", "{a}2", "v3"}, slice -> COMMANDS.mset((String[]) slice));
        assertThat(mset.parts()).hasSize(2);
        assertThat(keysOf(mset.parts().get(0))).containsExactly("{a}1", "{a}2");
        assertThat(mset.combine(List.of("OK", "OK"))).isEqualTo("OK");
    }

    @Test
    void anOddNumberOfPairElementsOrNoKeyIsRefusedWithTheCount() {
        assertThatThrownBy(() -> CrossSlotCommand.overPairs(new String[] {"k", "v", "k2"},
                slice -> COMMANDS.mset((String[]) slice)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("3 elements");
        assertThatThrownBy(() -> CrossSlotCommand.overKeys(new String[0], slice -> COMMANDS.mget((String[]) slice),
                true)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least one key");
    }
}
