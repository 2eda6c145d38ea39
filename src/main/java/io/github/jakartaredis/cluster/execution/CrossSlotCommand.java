package io.github.jakartaredis.cluster.execution;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import redis.clients.jedis.CommandObject;
import redis.clients.jedis.util.JedisClusterCRC16;

/**
 * A multi-key command whose keys may span slots, split into one command per slot (every key of a slot in one
 * command, wherever it stands in the caller's list) with a way to put the replies back together in the caller's
 * key order. Immutable and thread-safe.
 *
 * @param <T> the reply type of the whole command
 */
public final class CrossSlotCommand<T> {

    /** How the per-slot replies make the whole reply. */
    private enum Combine { VALUES_IN_KEY_ORDER, SUM, ALL_OK }

    private final List<CommandObject<?>> parts;
    private final List<int[]> positions;
    private final int size;
    private final Combine combine;

    private CrossSlotCommand(List<CommandObject<?>> parts, List<int[]> positions, int size, Combine combine) {
        this.parts = parts;
        this.positions = positions;
        this.size = size;
        this.combine = combine;
    }

    /**
     * Splits a command over keys ({@code MGET}, {@code DEL}, {@code EXISTS}, {@code TOUCH}, {@code UNLINK}).
     *
     * @param keys the caller's keys, {@code String[]} or {@code byte[][]}; not null, at least one
     * @param perSlot builds the command for the keys of one slot (an array of the same type)
     * @param valuesInKeyOrder true for commands replying one value per key ({@code MGET}), false for counts
     * @param <T> the whole reply type
     * @return the split command
     */
    public static <T> CrossSlotCommand<T> overKeys(Object[] keys, Function<Object[], CommandObject<?>> perSlot,
            boolean valuesInKeyOrder) {
        return split(keys, 1, perSlot, valuesInKeyOrder ? Combine.VALUES_IN_KEY_ORDER : Combine.SUM);
    }

    /**
     * Splits a command over key-value pairs ({@code MSET}).
     *
     * @param keysValues key, value, key, value...; {@code String[]} or {@code byte[][]}; not null
     * @param perSlot builds the command for the pairs of one slot
     * @param <T> the whole reply type
     * @return the split command
     */
    public static <T> CrossSlotCommand<T> overPairs(Object[] keysValues, Function<Object[], CommandObject<?>> perSlot) {
        if (keysValues.length % 2 != 0) {
            throw new IllegalArgumentException("keysValues has " + keysValues.length
                    + " elements; accepted: key-value pairs, an even number");
        }
        return split(keysValues, 2, perSlot, Combine.ALL_OK);
    }

    private static <T> CrossSlotCommand<T> split(Object[] items, int step, Function<Object[], CommandObject<?>> perSlot,
            Combine combine) {
        if (items.length == 0) {
            throw new IllegalArgumentException("the command needs at least one key");
        }
        Map<Integer, List<Integer>> bySlot = new LinkedHashMap<>();
        for (int i = 0; i < items.length; i += step) {
            Object key = items[i];
            int slot = key instanceof byte[] ? JedisClusterCRC16.getSlot((byte[]) key)
                    : JedisClusterCRC16.getSlot((String) key);
            bySlot.computeIfAbsent(slot, s -> new ArrayList<>()).add(i);
        }
        List<CommandObject<?>> parts = new ArrayList<>(bySlot.size());
        List<int[]> positions = new ArrayList<>(bySlot.size());
        for (List<Integer> starts : bySlot.values()) {
            Object[] slice = Arrays.copyOf(items, starts.size() * step, items.getClass().asSubclass(Object[].class));
            int[] keyPositions = new int[starts.size()];
            for (int j = 0; j < starts.size(); j++) {
                int start = starts.get(j);
                System.arraycopy(items, start, slice, j * step, step);
                keyPositions[j] = start / step;
            }
            parts.add(perSlot.apply(slice));
            positions.add(keyPositions);
        }
        return new CrossSlotCommand<>(parts, positions, items.length / step, combine);
    }

    /** @return one command per slot */
    public List<CommandObject<?>> parts() {
        return parts;
    }

    /**
     * @param replies the built reply of each part, in the order of {@link #parts()}
     * @return the whole reply, as the unsplit command would have answered
     */
    @SuppressWarnings("unchecked")
    public T combine(List<Object> replies) {
        switch (combine) {
            case VALUES_IN_KEY_ORDER: {
                Object[] values = new Object[size];
                for (int p = 0; p < replies.size(); p++) {
                    List<?> partValues = (List<?>) replies.get(p);
                    int[] at = positions.get(p);
                    for (int j = 0; j < at.length; j++) {
                        values[at[j]] = partValues.get(j);
                    }
                }
                return (T) Arrays.asList(values);
            }
            case SUM: {
                long sum = 0;
                for (Object reply : replies) {
                    sum += (Long) reply;
                }
                return (T) Long.valueOf(sum);
            }
            default: {
                for (Object reply : replies) {
                    if (!"OK".equals(reply)) {
                        return (T) reply;
                    }
                }
                return (T) "OK";
            }
        }
    }
}
