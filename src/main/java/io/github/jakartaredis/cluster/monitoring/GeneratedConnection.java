package io.github.jakartaredis.cluster.monitoring;

import io.github.jakartaredis.cluster.client.SharedClusterClient;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import redis.clients.jedis.GeoCoordinate;
import redis.clients.jedis.HashImport;
import redis.clients.jedis.StreamEntryID;
import redis.clients.jedis.args.ArrayAggregate;
import redis.clients.jedis.args.ArrayBitwise;
import redis.clients.jedis.args.BitCountOption;
import redis.clients.jedis.args.BitOP;
import redis.clients.jedis.args.ExpiryOption;
import redis.clients.jedis.args.FlushMode;
import redis.clients.jedis.args.FunctionRestorePolicy;
import redis.clients.jedis.args.GeoUnit;
import redis.clients.jedis.args.ListDirection;
import redis.clients.jedis.args.ListPosition;
import redis.clients.jedis.args.LongRange;
import redis.clients.jedis.args.SortedSetOption;
import redis.clients.jedis.args.StreamDeletionPolicy;
import redis.clients.jedis.args.XNackMode;
import redis.clients.jedis.params.ArgrepParams;
import redis.clients.jedis.params.BitPosParams;
import redis.clients.jedis.params.GeoAddParams;
import redis.clients.jedis.params.GeoRadiusParam;
import redis.clients.jedis.params.GeoRadiusStoreParam;
import redis.clients.jedis.params.GeoSearchParam;
import redis.clients.jedis.params.GetExParams;
import redis.clients.jedis.params.HGetExParams;
import redis.clients.jedis.params.HSetExParams;
import redis.clients.jedis.params.IncrexFloatParams;
import redis.clients.jedis.params.IncrexParams;
import redis.clients.jedis.params.LCSParams;
import redis.clients.jedis.params.LMoveMParams;
import redis.clients.jedis.params.LPosParams;
import redis.clients.jedis.params.MSetExParams;
import redis.clients.jedis.params.MigrateParams;
import redis.clients.jedis.params.RestoreParams;
import redis.clients.jedis.params.SDiffCardParams;
import redis.clients.jedis.params.SUnionCardParams;
import redis.clients.jedis.params.ScanParams;
import redis.clients.jedis.params.SetParams;
import redis.clients.jedis.params.SortingParams;
import redis.clients.jedis.params.VAddParams;
import redis.clients.jedis.params.VSimParams;
import redis.clients.jedis.params.XAddParams;
import redis.clients.jedis.params.XAutoClaimParams;
import redis.clients.jedis.params.XCfgSetParams;
import redis.clients.jedis.params.XClaimParams;
import redis.clients.jedis.params.XPendingParams;
import redis.clients.jedis.params.XReadGroupParams;
import redis.clients.jedis.params.XReadParams;
import redis.clients.jedis.params.XTrimParams;
import redis.clients.jedis.params.ZAddParams;
import redis.clients.jedis.params.ZIncrByParams;
import redis.clients.jedis.params.ZParams;
import redis.clients.jedis.params.ZRangeParams;
import redis.clients.jedis.resps.ArrayFullInfo;
import redis.clients.jedis.resps.ArrayInfo;
import redis.clients.jedis.resps.FunctionStats;
import redis.clients.jedis.resps.GeoRadiusResponse;
import redis.clients.jedis.resps.LCSMatchResult;
import redis.clients.jedis.resps.LibraryInfo;
import redis.clients.jedis.resps.RawVector;
import redis.clients.jedis.resps.ScanResult;
import redis.clients.jedis.resps.StreamConsumerInfo;
import redis.clients.jedis.resps.StreamConsumersInfo;
import redis.clients.jedis.resps.StreamEntry;
import redis.clients.jedis.resps.StreamEntryBinary;
import redis.clients.jedis.resps.StreamEntryDeletionResult;
import redis.clients.jedis.resps.StreamFullInfo;
import redis.clients.jedis.resps.StreamGroupInfo;
import redis.clients.jedis.resps.StreamInfo;
import redis.clients.jedis.resps.StreamPendingEntry;
import redis.clients.jedis.resps.StreamPendingSummary;
import redis.clients.jedis.resps.Tuple;
import redis.clients.jedis.resps.VSimScoreAttribs;
import redis.clients.jedis.resps.VectorInfo;
import redis.clients.jedis.util.CompareCondition;
import redis.clients.jedis.util.KeyValue;

/**
 * GENERATED, do not edit: every command method of {@code RedisClusterConnection}, each one call of
 * {@link MonitoredConnection} with a direct call of Jedis 8.0.2 (830 keyed,
 * 12 split per slot, 4 run by Jedis's own cluster client, 4 refused). Made by
 * {@code GeneratedConnectionSource} (src/test) from the interface and Jedis's {@code CommandObjects};
 * {@code GeneratedConnectionTest} fails when this file differs from what it makes. Regenerate with
 * {@code mvn -B -q test -Dtest=GeneratedConnectionTest -Dsurefire.failIfNoSpecifiedTests=false -Dregenerate=true}.
 * Thread-safe, as {@link MonitoredConnection}.
 */
final class GeneratedConnection extends MonitoredConnection {

    GeneratedConnection(String client, Supplier<SharedClusterClient> shared,
            Supplier<RequestTally> currentTally) {
        super(client, shared, currentTally);
    }

    @Override
    public long append(byte[] p1, byte[] p2) {
        return keyed("append", (o, a, b) -> o.append(a, b), p1, p2);
    }

    @Override
    public long append(String p1, String p2) {
        return keyed("append", (o, a, b) -> o.append(a, b), p1, p2);
    }

    @Override
    public long arcount(byte[] p1) {
        return keyed("arcount", (o, a) -> o.arcount(a), p1);
    }

    @Override
    public long arcount(String p1) {
        return keyed("arcount", (o, a) -> o.arcount(a), p1);
    }

    @Override
    public long ardel(byte[] p1, long p2) {
        return keyed("ardel", (o, a, b) -> o.ardel(a, (long) b), p1, p2);
    }

    @Override
    public long ardel(byte[] p1, long... p2) {
        return keyed("ardel", (o, a, b) -> o.ardel(a, b), p1, p2);
    }

    @Override
    public long ardel(String p1, long p2) {
        return keyed("ardel", (o, a, b) -> o.ardel(a, (long) b), p1, p2);
    }

    @Override
    public long ardel(String p1, long... p2) {
        return keyed("ardel", (o, a, b) -> o.ardel(a, b), p1, p2);
    }

    @Override
    public long ardelrange(byte[] p1, long p2, long p3) {
        return keyed("ardelrange", (o, a, b, c) -> o.ardelrange(a, (long) b, (long) c), p1, p2, p3);
    }

    @Override
    public long ardelrange(byte[] p1, LongRange... p2) {
        return keyed("ardelrange", (o, a, b) -> o.ardelrange(a, b), p1, p2);
    }

    @Override
    public long ardelrange(String p1, long p2, long p3) {
        return keyed("ardelrange", (o, a, b, c) -> o.ardelrange(a, (long) b, (long) c), p1, p2, p3);
    }

    @Override
    public long ardelrange(String p1, LongRange... p2) {
        return keyed("ardelrange", (o, a, b) -> o.ardelrange(a, b), p1, p2);
    }

    @Override
    public byte[] arget(byte[] p1, long p2) {
        return keyed("arget", (o, a, b) -> o.arget(a, (long) b), p1, p2);
    }

    @Override
    public String arget(String p1, long p2) {
        return keyed("arget", (o, a, b) -> o.arget(a, (long) b), p1, p2);
    }

    @Override
    public List<byte[]> argetrange(byte[] p1, long p2, long p3) {
        return keyed("argetrange", (o, a, b, c) -> o.argetrange(a, (long) b, (long) c), p1, p2, p3);
    }

    @Override
    public List<String> argetrange(String p1, long p2, long p3) {
        return keyed("argetrange", (o, a, b, c) -> o.argetrange(a, (long) b, (long) c), p1, p2, p3);
    }

    @Override
    public List<Long> argrep(byte[] p1, ArgrepParams p2) {
        return keyed("argrep", (o, a, b) -> o.argrep(a, b), p1, p2);
    }

    @Override
    public List<Long> argrep(String p1, ArgrepParams p2) {
        return keyed("argrep", (o, a, b) -> o.argrep(a, b), p1, p2);
    }

    @Override
    public List<KeyValue<Long, byte[]>> argrepWithValues(byte[] p1, ArgrepParams p2) {
        return keyed("argrepwithvalues", (o, a, b) -> o.argrepWithValues(a, b), p1, p2);
    }

    @Override
    public List<KeyValue<Long, String>> argrepWithValues(String p1, ArgrepParams p2) {
        return keyed("argrepwithvalues", (o, a, b) -> o.argrepWithValues(a, b), p1, p2);
    }

    @Override
    public ArrayInfo arinfo(byte[] p1) {
        return keyed("arinfo", (o, a) -> o.arinfo(a), p1);
    }

    @Override
    public ArrayInfo arinfo(String p1) {
        return keyed("arinfo", (o, a) -> o.arinfo(a), p1);
    }

    @Override
    public ArrayFullInfo arinfoFull(byte[] p1) {
        return keyed("arinfofull", (o, a) -> o.arinfoFull(a), p1);
    }

    @Override
    public ArrayFullInfo arinfoFull(String p1) {
        return keyed("arinfofull", (o, a) -> o.arinfoFull(a), p1);
    }

    @Override
    public long arinsert(byte[] p1, byte[] p2) {
        return keyed("arinsert", (o, a, b) -> o.arinsert(a, b), p1, p2);
    }

    @Override
    public long arinsert(byte[] p1, byte[]... p2) {
        return keyed("arinsert", (o, a, b) -> o.arinsert(a, b), p1, p2);
    }

    @Override
    public long arinsert(String p1, String p2) {
        return keyed("arinsert", (o, a, b) -> o.arinsert(a, b), p1, p2);
    }

    @Override
    public long arinsert(String p1, String... p2) {
        return keyed("arinsert", (o, a, b) -> o.arinsert(a, b), p1, p2);
    }

    @Override
    public List<byte[]> arlastitems(byte[] p1, long p2) {
        return keyed("arlastitems", (o, a, b) -> o.arlastitems(a, (long) b), p1, p2);
    }

    @Override
    public List<byte[]> arlastitems(byte[] p1, long p2, boolean p3) {
        return keyed("arlastitems", (o, a, b, c) -> o.arlastitems(a, (long) b, (boolean) c), p1, p2, p3);
    }

    @Override
    public List<String> arlastitems(String p1, long p2) {
        return keyed("arlastitems", (o, a, b) -> o.arlastitems(a, (long) b), p1, p2);
    }

    @Override
    public List<String> arlastitems(String p1, long p2, boolean p3) {
        return keyed("arlastitems", (o, a, b, c) -> o.arlastitems(a, (long) b, (boolean) c), p1, p2, p3);
    }

    @Override
    public long arlen(byte[] p1) {
        return keyed("arlen", (o, a) -> o.arlen(a), p1);
    }

    @Override
    public long arlen(String p1) {
        return keyed("arlen", (o, a) -> o.arlen(a), p1);
    }

    @Override
    public List<byte[]> armget(byte[] p1, long... p2) {
        return keyed("armget", (o, a, b) -> o.armget(a, b), p1, p2);
    }

    @Override
    public List<String> armget(String p1, long... p2) {
        return keyed("armget", (o, a, b) -> o.armget(a, b), p1, p2);
    }

    @Override
    public long armset(byte[] p1, Map<Long, byte[]> p2) {
        return keyed("armset", (o, a, b) -> o.armset(a, b), p1, p2);
    }

    @Override
    public long armset(String p1, Map<Long, String> p2) {
        return keyed("armset", (o, a, b) -> o.armset(a, b), p1, p2);
    }

    @Override
    public Long arnext(byte[] p1) {
        return keyed("arnext", (o, a) -> o.arnext(a), p1);
    }

    @Override
    public Long arnext(String p1) {
        return keyed("arnext", (o, a) -> o.arnext(a), p1);
    }

    @Override
    public byte[] aropAggregate(byte[] p1, long p2, long p3, ArrayAggregate p4) {
        return keyed("aropaggregate", (o, a, b, c, d) -> o.aropAggregate(a, (long) b, (long) c, d), p1, p2, p3, p4);
    }

    @Override
    public String aropAggregate(String p1, long p2, long p3, ArrayAggregate p4) {
        return keyed("aropaggregate", (o, a, b, c, d) -> o.aropAggregate(a, (long) b, (long) c, d), p1, p2, p3, p4);
    }

    @Override
    public long aropBitwise(byte[] p1, long p2, long p3, ArrayBitwise p4) {
        return keyed("aropbitwise", (o, a, b, c, d) -> o.aropBitwise(a, (long) b, (long) c, d), p1, p2, p3, p4);
    }

    @Override
    public long aropBitwise(String p1, long p2, long p3, ArrayBitwise p4) {
        return keyed("aropbitwise", (o, a, b, c, d) -> o.aropBitwise(a, (long) b, (long) c, d), p1, p2, p3, p4);
    }

    @Override
    public long aropCount(byte[] p1, long p2, long p3) {
        return keyed("aropcount", (o, a, b, c) -> o.aropCount(a, (long) b, (long) c), p1, p2, p3);
    }

    @Override
    public long aropCount(byte[] p1, long p2, long p3, byte[] p4) {
        return keyed("aropcount", (o, a, b, c, d) -> o.aropCount(a, (long) b, (long) c, d), p1, p2, p3, p4);
    }

    @Override
    public long aropCount(String p1, long p2, long p3) {
        return keyed("aropcount", (o, a, b, c) -> o.aropCount(a, (long) b, (long) c), p1, p2, p3);
    }

    @Override
    public long aropCount(String p1, long p2, long p3, String p4) {
        return keyed("aropcount", (o, a, b, c, d) -> o.aropCount(a, (long) b, (long) c, d), p1, p2, p3, p4);
    }

    @Override
    public long arring(byte[] p1, long p2, byte[] p3) {
        return keyed("arring", (o, a, b, c) -> o.arring(a, (long) b, c), p1, p2, p3);
    }

    @Override
    public long arring(byte[] p1, long p2, byte[]... p3) {
        return keyed("arring", (o, a, b, c) -> o.arring(a, (long) b, c), p1, p2, p3);
    }

    @Override
    public long arring(String p1, long p2, String p3) {
        return keyed("arring", (o, a, b, c) -> o.arring(a, (long) b, c), p1, p2, p3);
    }

    @Override
    public long arring(String p1, long p2, String... p3) {
        return keyed("arring", (o, a, b, c) -> o.arring(a, (long) b, c), p1, p2, p3);
    }

    @Override
    public List<KeyValue<Long, byte[]>> arscan(byte[] p1, long p2, long p3) {
        return keyed("arscan", (o, a, b, c) -> o.arscan(a, (long) b, (long) c), p1, p2, p3);
    }

    @Override
    public List<KeyValue<Long, byte[]>> arscan(byte[] p1, long p2, long p3, long p4) {
        return keyed("arscan", (o, a, b, c, d) -> o.arscan(a, (long) b, (long) c, (long) d), p1, p2, p3, p4);
    }

    @Override
    public List<KeyValue<Long, String>> arscan(String p1, long p2, long p3) {
        return keyed("arscan", (o, a, b, c) -> o.arscan(a, (long) b, (long) c), p1, p2, p3);
    }

    @Override
    public List<KeyValue<Long, String>> arscan(String p1, long p2, long p3, long p4) {
        return keyed("arscan", (o, a, b, c, d) -> o.arscan(a, (long) b, (long) c, (long) d), p1, p2, p3, p4);
    }

    @Override
    public long arseek(byte[] p1, long p2) {
        return keyed("arseek", (o, a, b) -> o.arseek(a, (long) b), p1, p2);
    }

    @Override
    public long arseek(String p1, long p2) {
        return keyed("arseek", (o, a, b) -> o.arseek(a, (long) b), p1, p2);
    }

    @Override
    public long arset(byte[] p1, long p2, byte[] p3) {
        return keyed("arset", (o, a, b, c) -> o.arset(a, (long) b, c), p1, p2, p3);
    }

    @Override
    public long arset(byte[] p1, long p2, byte[]... p3) {
        return keyed("arset", (o, a, b, c) -> o.arset(a, (long) b, c), p1, p2, p3);
    }

    @Override
    public long arset(String p1, long p2, String p3) {
        return keyed("arset", (o, a, b, c) -> o.arset(a, (long) b, c), p1, p2, p3);
    }

    @Override
    public long arset(String p1, long p2, String... p3) {
        return keyed("arset", (o, a, b, c) -> o.arset(a, (long) b, c), p1, p2, p3);
    }

    @Override
    public long bitcount(byte[] p1) {
        return keyed("bitcount", (o, a) -> o.bitcount(a), p1);
    }

    @Override
    public long bitcount(byte[] p1, long p2, long p3) {
        return keyed("bitcount", (o, a, b, c) -> o.bitcount(a, (long) b, (long) c), p1, p2, p3);
    }

    @Override
    public long bitcount(byte[] p1, long p2, long p3, BitCountOption p4) {
        return keyed("bitcount", (o, a, b, c, d) -> o.bitcount(a, (long) b, (long) c, d), p1, p2, p3, p4);
    }

    @Override
    public long bitcount(String p1) {
        return keyed("bitcount", (o, a) -> o.bitcount(a), p1);
    }

    @Override
    public long bitcount(String p1, long p2, long p3) {
        return keyed("bitcount", (o, a, b, c) -> o.bitcount(a, (long) b, (long) c), p1, p2, p3);
    }

    @Override
    public long bitcount(String p1, long p2, long p3, BitCountOption p4) {
        return keyed("bitcount", (o, a, b, c, d) -> o.bitcount(a, (long) b, (long) c, d), p1, p2, p3, p4);
    }

    @Override
    public List<Long> bitfield(byte[] p1, byte[]... p2) {
        return keyed("bitfield", (o, a, b) -> o.bitfield(a, b), p1, p2);
    }

    @Override
    public List<Long> bitfield(String p1, String... p2) {
        return keyed("bitfield", (o, a, b) -> o.bitfield(a, b), p1, p2);
    }

    @Override
    public List<Long> bitfieldReadonly(byte[] p1, byte[]... p2) {
        return keyed("bitfieldreadonly", (o, a, b) -> o.bitfieldReadonly(a, b), p1, p2);
    }

    @Override
    public List<Long> bitfieldReadonly(String p1, String... p2) {
        return keyed("bitfieldreadonly", (o, a, b) -> o.bitfieldReadonly(a, b), p1, p2);
    }

    @Override
    public long bitop(BitOP p1, byte[] p2, byte[]... p3) {
        return keyed("bitop", (o, a, b, c) -> o.bitop(a, b, c), p1, p2, p3);
    }

    @Override
    public long bitop(BitOP p1, String p2, String... p3) {
        return keyed("bitop", (o, a, b, c) -> o.bitop(a, b, c), p1, p2, p3);
    }

    @Override
    public long bitpos(byte[] p1, boolean p2) {
        return keyed("bitpos", (o, a, b) -> o.bitpos(a, (boolean) b), p1, p2);
    }

    @Override
    public long bitpos(byte[] p1, boolean p2, BitPosParams p3) {
        return keyed("bitpos", (o, a, b, c) -> o.bitpos(a, (boolean) b, c), p1, p2, p3);
    }

    @Override
    public long bitpos(String p1, boolean p2) {
        return keyed("bitpos", (o, a, b) -> o.bitpos(a, (boolean) b), p1, p2);
    }

    @Override
    public long bitpos(String p1, boolean p2, BitPosParams p3) {
        return keyed("bitpos", (o, a, b, c) -> o.bitpos(a, (boolean) b, c), p1, p2, p3);
    }

    @Override
    public byte[] blmove(byte[] p1, byte[] p2, ListDirection p3, ListDirection p4, double p5) {
        return keyed("blmove", (o, a, b, c, d, e) -> o.blmove(a, b, c, d, (double) e), p1, p2, p3, p4, p5);
    }

    @Override
    public String blmove(String p1, String p2, ListDirection p3, ListDirection p4, double p5) {
        return keyed("blmove", (o, a, b, c, d, e) -> o.blmove(a, b, c, d, (double) e), p1, p2, p3, p4, p5);
    }

    @Override
    public List<byte[]> blmovem(byte[] p1, byte[] p2, ListDirection p3, ListDirection p4, double p5) {
        return keyed("blmovem", (o, a, b, c, d, e) -> o.blmovem(a, b, c, d, (double) e), p1, p2, p3, p4, p5);
    }

    @Override
    public List<byte[]> blmovem(byte[] p1, byte[] p2, ListDirection p3, ListDirection p4, double p5, LMoveMParams p6) {
        return keyed("blmovem", (o, a, b, c, d, e, f) -> o.blmovem(a, b, c, d, (double) e, f), p1, p2, p3, p4, p5, p6);
    }

    @Override
    public List<String> blmovem(String p1, String p2, ListDirection p3, ListDirection p4, double p5) {
        return keyed("blmovem", (o, a, b, c, d, e) -> o.blmovem(a, b, c, d, (double) e), p1, p2, p3, p4, p5);
    }

    @Override
    public List<String> blmovem(String p1, String p2, ListDirection p3, ListDirection p4, double p5, LMoveMParams p6) {
        return keyed("blmovem", (o, a, b, c, d, e, f) -> o.blmovem(a, b, c, d, (double) e, f), p1, p2, p3, p4, p5, p6);
    }

    @Override
    public KeyValue<byte[], List<byte[]>> blmpop(double p1, ListDirection p2, byte[]... p3) {
        return keyed("blmpop", (o, a, b, c) -> o.blmpop((double) a, b, c), p1, p2, p3);
    }

    @Override
    public KeyValue<byte[], List<byte[]>> blmpop(double p1, ListDirection p2, int p3, byte[]... p4) {
        return keyed("blmpop", (o, a, b, c, d) -> o.blmpop((double) a, b, (int) c, d), p1, p2, p3, p4);
    }

    @Override
    public KeyValue<String, List<String>> blmpop(double p1, ListDirection p2, int p3, String... p4) {
        return keyed("blmpop", (o, a, b, c, d) -> o.blmpop((double) a, b, (int) c, d), p1, p2, p3, p4);
    }

    @Override
    public KeyValue<String, List<String>> blmpop(double p1, ListDirection p2, String... p3) {
        return keyed("blmpop", (o, a, b, c) -> o.blmpop((double) a, b, c), p1, p2, p3);
    }

    @Override
    public KeyValue<byte[], byte[]> blpop(double p1, byte[]... p2) {
        return keyed("blpop", (o, a, b) -> o.blpop((double) a, b), p1, p2);
    }

    @Override
    public KeyValue<String, String> blpop(double p1, String p2) {
        return keyed("blpop", (o, a, b) -> o.blpop((double) a, b), p1, p2);
    }

    @Override
    public KeyValue<String, String> blpop(double p1, String... p2) {
        return keyed("blpop", (o, a, b) -> o.blpop((double) a, b), p1, p2);
    }

    @Override
    public List<byte[]> blpop(int p1, byte[]... p2) {
        return keyed("blpop", (o, a, b) -> o.blpop((int) a, b), p1, p2);
    }

    @Override
    public List<String> blpop(int p1, String p2) {
        return keyed("blpop", (o, a, b) -> o.blpop((int) a, b), p1, p2);
    }

    @Override
    public List<String> blpop(int p1, String... p2) {
        return keyed("blpop", (o, a, b) -> o.blpop((int) a, b), p1, p2);
    }

    @Override
    public KeyValue<byte[], byte[]> brpop(double p1, byte[]... p2) {
        return keyed("brpop", (o, a, b) -> o.brpop((double) a, b), p1, p2);
    }

    @Override
    public KeyValue<String, String> brpop(double p1, String p2) {
        return keyed("brpop", (o, a, b) -> o.brpop((double) a, b), p1, p2);
    }

    @Override
    public KeyValue<String, String> brpop(double p1, String... p2) {
        return keyed("brpop", (o, a, b) -> o.brpop((double) a, b), p1, p2);
    }

    @Override
    public List<byte[]> brpop(int p1, byte[]... p2) {
        return keyed("brpop", (o, a, b) -> o.brpop((int) a, b), p1, p2);
    }

    @Override
    public List<String> brpop(int p1, String p2) {
        return keyed("brpop", (o, a, b) -> o.brpop((int) a, b), p1, p2);
    }

    @Override
    public List<String> brpop(int p1, String... p2) {
        return keyed("brpop", (o, a, b) -> o.brpop((int) a, b), p1, p2);
    }

    @Override
    public byte[] brpoplpush(byte[] p1, byte[] p2, int p3) {
        return keyed("brpoplpush", (o, a, b, c) -> o.brpoplpush(a, b, (int) c), p1, p2, p3);
    }

    @Override
    public String brpoplpush(String p1, String p2, int p3) {
        return keyed("brpoplpush", (o, a, b, c) -> o.brpoplpush(a, b, (int) c), p1, p2, p3);
    }

    @Override
    public KeyValue<byte[], List<Tuple>> bzmpop(double p1, SortedSetOption p2, byte[]... p3) {
        return keyed("bzmpop", (o, a, b, c) -> o.bzmpop((double) a, b, c), p1, p2, p3);
    }

    @Override
    public KeyValue<byte[], List<Tuple>> bzmpop(double p1, SortedSetOption p2, int p3, byte[]... p4) {
        return keyed("bzmpop", (o, a, b, c, d) -> o.bzmpop((double) a, b, (int) c, d), p1, p2, p3, p4);
    }

    @Override
    public KeyValue<String, List<Tuple>> bzmpop(double p1, SortedSetOption p2, int p3, String... p4) {
        return keyed("bzmpop", (o, a, b, c, d) -> o.bzmpop((double) a, b, (int) c, d), p1, p2, p3, p4);
    }

    @Override
    public KeyValue<String, List<Tuple>> bzmpop(double p1, SortedSetOption p2, String... p3) {
        return keyed("bzmpop", (o, a, b, c) -> o.bzmpop((double) a, b, c), p1, p2, p3);
    }

    @Override
    public KeyValue<byte[], Tuple> bzpopmax(double p1, byte[]... p2) {
        return keyed("bzpopmax", (o, a, b) -> o.bzpopmax((double) a, b), p1, p2);
    }

    @Override
    public KeyValue<String, Tuple> bzpopmax(double p1, String... p2) {
        return keyed("bzpopmax", (o, a, b) -> o.bzpopmax((double) a, b), p1, p2);
    }

    @Override
    public KeyValue<byte[], Tuple> bzpopmin(double p1, byte[]... p2) {
        return keyed("bzpopmin", (o, a, b) -> o.bzpopmin((double) a, b), p1, p2);
    }

    @Override
    public KeyValue<String, Tuple> bzpopmin(double p1, String... p2) {
        return keyed("bzpopmin", (o, a, b) -> o.bzpopmin((double) a, b), p1, p2);
    }

    @Override
    public boolean copy(byte[] p1, byte[] p2, boolean p3) {
        return keyed("copy", (o, a, b, c) -> o.copy(a, b, (boolean) c), p1, p2, p3);
    }

    @Override
    public boolean copy(String p1, String p2, boolean p3) {
        return keyed("copy", (o, a, b, c) -> o.copy(a, b, (boolean) c), p1, p2, p3);
    }

    @Override
    public long decr(byte[] p1) {
        return keyed("decr", (o, a) -> o.decr(a), p1);
    }

    @Override
    public long decr(String p1) {
        return keyed("decr", (o, a) -> o.decr(a), p1);
    }

    @Override
    public long decrBy(byte[] p1, long p2) {
        return keyed("decrby", (o, a, b) -> o.decrBy(a, (long) b), p1, p2);
    }

    @Override
    public long decrBy(String p1, long p2) {
        return keyed("decrby", (o, a, b) -> o.decrBy(a, (long) b), p1, p2);
    }

    @Override
    public long del(byte[] p1) {
        return keyed("del", (o, a) -> o.del(a), p1);
    }

    @Override
    public long del(byte[]... p1) {
        return crossSlot("del", (o, a) -> o.del((byte[][]) a), p1);
    }

    @Override
    public long del(String p1) {
        return keyed("del", (o, a) -> o.del(a), p1);
    }

    @Override
    public long del(String... p1) {
        return crossSlot("del", (o, a) -> o.del((String[]) a), p1);
    }

    @Override
    public long delex(byte[] p1, CompareCondition p2) {
        return keyed("delex", (o, a, b) -> o.delex(a, b), p1, p2);
    }

    @Override
    public long delex(String p1, CompareCondition p2) {
        return keyed("delex", (o, a, b) -> o.delex(a, b), p1, p2);
    }

    @Override
    public byte[] digestKey(byte[] p1) {
        return keyed("digestkey", (o, a) -> o.digestKey(a), p1);
    }

    @Override
    public String digestKey(String p1) {
        return keyed("digestkey", (o, a) -> o.digestKey(a), p1);
    }

    @Override
    public byte[] dump(byte[] p1) {
        return keyed("dump", (o, a) -> o.dump(a), p1);
    }

    @Override
    public byte[] dump(String p1) {
        return keyed("dump", (o, a) -> o.dump(a), p1);
    }

    @Override
    public Object eval(byte[] p1) {
        return keyed("eval", (o, a) -> o.eval(a), p1);
    }

    @Override
    public Object eval(byte[] p1, byte[] p2) {
        return keyed("eval", (o, a, b) -> o.eval(a, b), p1, p2);
    }

    @Override
    public Object eval(byte[] p1, int p2, byte[]... p3) {
        return keyed("eval", (o, a, b, c) -> o.eval(a, (int) b, c), p1, p2, p3);
    }

    @Override
    public Object eval(byte[] p1, List<byte[]> p2, List<byte[]> p3) {
        return keyed("eval", (o, a, b, c) -> o.eval(a, b, c), p1, p2, p3);
    }

    @Override
    public Object eval(String p1) {
        return keyed("eval", (o, a) -> o.eval(a), p1);
    }

    @Override
    public Object eval(String p1, int p2, String... p3) {
        return keyed("eval", (o, a, b, c) -> o.eval(a, (int) b, c), p1, p2, p3);
    }

    @Override
    public Object eval(String p1, String p2) {
        return keyed("eval", (o, a, b) -> o.eval(a, b), p1, p2);
    }

    @Override
    public Object eval(String p1, List<String> p2, List<String> p3) {
        return keyed("eval", (o, a, b, c) -> o.eval(a, b, c), p1, p2, p3);
    }

    @Override
    public Object evalReadonly(byte[] p1, List<byte[]> p2, List<byte[]> p3) {
        return keyed("evalreadonly", (o, a, b, c) -> o.evalReadonly(a, b, c), p1, p2, p3);
    }

    @Override
    public Object evalReadonly(String p1, List<String> p2, List<String> p3) {
        return keyed("evalreadonly", (o, a, b, c) -> o.evalReadonly(a, b, c), p1, p2, p3);
    }

    @Override
    public Object evalsha(byte[] p1) {
        return keyed("evalsha", (o, a) -> o.evalsha(a), p1);
    }

    @Override
    public Object evalsha(byte[] p1, byte[] p2) {
        return keyed("evalsha", (o, a, b) -> o.evalsha(a, b), p1, p2);
    }

    @Override
    public Object evalsha(byte[] p1, int p2, byte[]... p3) {
        return keyed("evalsha", (o, a, b, c) -> o.evalsha(a, (int) b, c), p1, p2, p3);
    }

    @Override
    public Object evalsha(byte[] p1, List<byte[]> p2, List<byte[]> p3) {
        return keyed("evalsha", (o, a, b, c) -> o.evalsha(a, b, c), p1, p2, p3);
    }

    @Override
    public Object evalsha(String p1) {
        return keyed("evalsha", (o, a) -> o.evalsha(a), p1);
    }

    @Override
    public Object evalsha(String p1, int p2, String... p3) {
        return keyed("evalsha", (o, a, b, c) -> o.evalsha(a, (int) b, c), p1, p2, p3);
    }

    @Override
    public Object evalsha(String p1, String p2) {
        return keyed("evalsha", (o, a, b) -> o.evalsha(a, b), p1, p2);
    }

    @Override
    public Object evalsha(String p1, List<String> p2, List<String> p3) {
        return keyed("evalsha", (o, a, b, c) -> o.evalsha(a, b, c), p1, p2, p3);
    }

    @Override
    public Object evalshaReadonly(byte[] p1, List<byte[]> p2, List<byte[]> p3) {
        return keyed("evalshareadonly", (o, a, b, c) -> o.evalshaReadonly(a, b, c), p1, p2, p3);
    }

    @Override
    public Object evalshaReadonly(String p1, List<String> p2, List<String> p3) {
        return keyed("evalshareadonly", (o, a, b, c) -> o.evalshaReadonly(a, b, c), p1, p2, p3);
    }

    @Override
    public boolean exists(byte[] p1) {
        return keyed("exists", (o, a) -> o.exists(a), p1);
    }

    @Override
    public long exists(byte[]... p1) {
        return crossSlot("exists", (o, a) -> o.exists((byte[][]) a), p1);
    }

    @Override
    public boolean exists(String p1) {
        return keyed("exists", (o, a) -> o.exists(a), p1);
    }

    @Override
    public long exists(String... p1) {
        return crossSlot("exists", (o, a) -> o.exists((String[]) a), p1);
    }

    @Override
    public long expire(byte[] p1, long p2) {
        return keyed("expire", (o, a, b) -> o.expire(a, (long) b), p1, p2);
    }

    @Override
    public long expire(byte[] p1, long p2, ExpiryOption p3) {
        return keyed("expire", (o, a, b, c) -> o.expire(a, (long) b, c), p1, p2, p3);
    }

    @Override
    public long expire(String p1, long p2) {
        return keyed("expire", (o, a, b) -> o.expire(a, (long) b), p1, p2);
    }

    @Override
    public long expire(String p1, long p2, ExpiryOption p3) {
        return keyed("expire", (o, a, b, c) -> o.expire(a, (long) b, c), p1, p2, p3);
    }

    @Override
    public long expireAt(byte[] p1, long p2) {
        return keyed("expireat", (o, a, b) -> o.expireAt(a, (long) b), p1, p2);
    }

    @Override
    public long expireAt(byte[] p1, long p2, ExpiryOption p3) {
        return keyed("expireat", (o, a, b, c) -> o.expireAt(a, (long) b, c), p1, p2, p3);
    }

    @Override
    public long expireAt(String p1, long p2) {
        return keyed("expireat", (o, a, b) -> o.expireAt(a, (long) b), p1, p2);
    }

    @Override
    public long expireAt(String p1, long p2, ExpiryOption p3) {
        return keyed("expireat", (o, a, b, c) -> o.expireAt(a, (long) b, c), p1, p2, p3);
    }

    @Override
    public long expireTime(byte[] p1) {
        return keyed("expiretime", (o, a) -> o.expireTime(a), p1);
    }

    @Override
    public long expireTime(String p1) {
        return keyed("expiretime", (o, a) -> o.expireTime(a), p1);
    }

    @Override
    public Object fcall(byte[] p1, List<byte[]> p2, List<byte[]> p3) {
        return keyed("fcall", (o, a, b, c) -> o.fcall(a, b, c), p1, p2, p3);
    }

    @Override
    public Object fcall(String p1, List<String> p2, List<String> p3) {
        return keyed("fcall", (o, a, b, c) -> o.fcall(a, b, c), p1, p2, p3);
    }

    @Override
    public Object fcallReadonly(byte[] p1, List<byte[]> p2, List<byte[]> p3) {
        return keyed("fcallreadonly", (o, a, b, c) -> o.fcallReadonly(a, b, c), p1, p2, p3);
    }

    @Override
    public Object fcallReadonly(String p1, List<String> p2, List<String> p3) {
        return keyed("fcallreadonly", (o, a, b, c) -> o.fcallReadonly(a, b, c), p1, p2, p3);
    }

    @Override
    public String functionDelete(byte[] p1) {
        return keyed("functiondelete", (o, a) -> o.functionDelete(a), p1);
    }

    @Override
    public String functionDelete(String p1) {
        return keyed("functiondelete", (o, a) -> o.functionDelete(a), p1);
    }

    @Override
    public byte[] functionDump() {
        return keyed("functiondump", o -> o.functionDump());
    }

    @Override
    public String functionFlush() {
        return keyed("functionflush", o -> o.functionFlush());
    }

    @Override
    public String functionFlush(FlushMode p1) {
        return keyed("functionflush", (o, a) -> o.functionFlush(a), p1);
    }

    @Override
    public String functionKill() {
        return keyed("functionkill", o -> o.functionKill());
    }

    @Override
    public List<LibraryInfo> functionList() {
        return keyed("functionlist", o -> o.functionList());
    }

    @Override
    public List<Object> functionList(byte[] p1) {
        return keyed("functionlist", (o, a) -> o.functionList(a), p1);
    }

    @Override
    public List<LibraryInfo> functionList(String p1) {
        return keyed("functionlist", (o, a) -> o.functionList(a), p1);
    }

    @Override
    public List<Object> functionListBinary() {
        return keyed("functionlistbinary", o -> o.functionListBinary());
    }

    @Override
    public List<LibraryInfo> functionListWithCode() {
        return keyed("functionlistwithcode", o -> o.functionListWithCode());
    }

    @Override
    public List<Object> functionListWithCode(byte[] p1) {
        return keyed("functionlistwithcode", (o, a) -> o.functionListWithCode(a), p1);
    }

    @Override
    public List<LibraryInfo> functionListWithCode(String p1) {
        return keyed("functionlistwithcode", (o, a) -> o.functionListWithCode(a), p1);
    }

    @Override
    public List<Object> functionListWithCodeBinary() {
        return keyed("functionlistwithcodebinary", o -> o.functionListWithCodeBinary());
    }

    @Override
    public String functionLoad(byte[] p1) {
        return keyed("functionload", (o, a) -> o.functionLoad(a), p1);
    }

    @Override
    public String functionLoad(String p1) {
        return keyed("functionload", (o, a) -> o.functionLoad(a), p1);
    }

    @Override
    public String functionLoadReplace(byte[] p1) {
        return keyed("functionloadreplace", (o, a) -> o.functionLoadReplace(a), p1);
    }

    @Override
    public String functionLoadReplace(String p1) {
        return keyed("functionloadreplace", (o, a) -> o.functionLoadReplace(a), p1);
    }

    @Override
    public String functionRestore(byte[] p1) {
        return keyed("functionrestore", (o, a) -> o.functionRestore(a), p1);
    }

    @Override
    public String functionRestore(byte[] p1, FunctionRestorePolicy p2) {
        return keyed("functionrestore", (o, a, b) -> o.functionRestore(a, b), p1, p2);
    }

    @Override
    public FunctionStats functionStats() {
        return keyed("functionstats", o -> o.functionStats());
    }

    @Override
    public Object functionStatsBinary() {
        return keyed("functionstatsbinary", o -> o.functionStatsBinary());
    }

    @Override
    public long geoadd(byte[] p1, double p2, double p3, byte[] p4) {
        return keyed("geoadd", (o, a, b, c, d) -> o.geoadd(a, (double) b, (double) c, d), p1, p2, p3, p4);
    }

    @Override
    public long geoadd(byte[] p1, Map<byte[], GeoCoordinate> p2) {
        return keyed("geoadd", (o, a, b) -> o.geoadd(a, b), p1, p2);
    }

    @Override
    public long geoadd(byte[] p1, GeoAddParams p2, Map<byte[], GeoCoordinate> p3) {
        return keyed("geoadd", (o, a, b, c) -> o.geoadd(a, b, c), p1, p2, p3);
    }

    @Override
    public long geoadd(String p1, double p2, double p3, String p4) {
        return keyed("geoadd", (o, a, b, c, d) -> o.geoadd(a, (double) b, (double) c, d), p1, p2, p3, p4);
    }

    @Override
    public long geoadd(String p1, Map<String, GeoCoordinate> p2) {
        return keyed("geoadd", (o, a, b) -> o.geoadd(a, b), p1, p2);
    }

    @Override
    public long geoadd(String p1, GeoAddParams p2, Map<String, GeoCoordinate> p3) {
        return keyed("geoadd", (o, a, b, c) -> o.geoadd(a, b, c), p1, p2, p3);
    }

    @Override
    public Double geodist(byte[] p1, byte[] p2, byte[] p3) {
        return keyed("geodist", (o, a, b, c) -> o.geodist(a, b, c), p1, p2, p3);
    }

    @Override
    public Double geodist(byte[] p1, byte[] p2, byte[] p3, GeoUnit p4) {
        return keyed("geodist", (o, a, b, c, d) -> o.geodist(a, b, c, d), p1, p2, p3, p4);
    }

    @Override
    public Double geodist(String p1, String p2, String p3) {
        return keyed("geodist", (o, a, b, c) -> o.geodist(a, b, c), p1, p2, p3);
    }

    @Override
    public Double geodist(String p1, String p2, String p3, GeoUnit p4) {
        return keyed("geodist", (o, a, b, c, d) -> o.geodist(a, b, c, d), p1, p2, p3, p4);
    }

    @Override
    public List<byte[]> geohash(byte[] p1, byte[]... p2) {
        return keyed("geohash", (o, a, b) -> o.geohash(a, b), p1, p2);
    }

    @Override
    public List<String> geohash(String p1, String... p2) {
        return keyed("geohash", (o, a, b) -> o.geohash(a, b), p1, p2);
    }

    @Override
    public List<GeoCoordinate> geopos(byte[] p1, byte[]... p2) {
        return keyed("geopos", (o, a, b) -> o.geopos(a, b), p1, p2);
    }

    @Override
    public List<GeoCoordinate> geopos(String p1, String... p2) {
        return keyed("geopos", (o, a, b) -> o.geopos(a, b), p1, p2);
    }

    @Override
    public List<GeoRadiusResponse> georadius(byte[] p1, double p2, double p3, double p4, GeoUnit p5) {
        return keyed("georadius", (o, a, b, c, d, e) -> o.georadius(a, (double) b, (double) c, (double) d, e), p1, p2, p3, p4, p5);
    }

    @Override
    public List<GeoRadiusResponse> georadius(byte[] p1, double p2, double p3, double p4, GeoUnit p5, GeoRadiusParam p6) {
        return keyed("georadius", (o, a, b, c, d, e, f) -> o.georadius(a, (double) b, (double) c, (double) d, e, f), p1, p2, p3, p4, p5, p6);
    }

    @Override
    public List<GeoRadiusResponse> georadius(String p1, double p2, double p3, double p4, GeoUnit p5) {
        return keyed("georadius", (o, a, b, c, d, e) -> o.georadius(a, (double) b, (double) c, (double) d, e), p1, p2, p3, p4, p5);
    }

    @Override
    public List<GeoRadiusResponse> georadius(String p1, double p2, double p3, double p4, GeoUnit p5, GeoRadiusParam p6) {
        return keyed("georadius", (o, a, b, c, d, e, f) -> o.georadius(a, (double) b, (double) c, (double) d, e, f), p1, p2, p3, p4, p5, p6);
    }

    @Override
    public List<GeoRadiusResponse> georadiusByMember(byte[] p1, byte[] p2, double p3, GeoUnit p4) {
        return keyed("georadiusbymember", (o, a, b, c, d) -> o.georadiusByMember(a, b, (double) c, d), p1, p2, p3, p4);
    }

    @Override
    public List<GeoRadiusResponse> georadiusByMember(byte[] p1, byte[] p2, double p3, GeoUnit p4, GeoRadiusParam p5) {
        return keyed("georadiusbymember", (o, a, b, c, d, e) -> o.georadiusByMember(a, b, (double) c, d, e), p1, p2, p3, p4, p5);
    }

    @Override
    public List<GeoRadiusResponse> georadiusByMember(String p1, String p2, double p3, GeoUnit p4) {
        return keyed("georadiusbymember", (o, a, b, c, d) -> o.georadiusByMember(a, b, (double) c, d), p1, p2, p3, p4);
    }

    @Override
    public List<GeoRadiusResponse> georadiusByMember(String p1, String p2, double p3, GeoUnit p4, GeoRadiusParam p5) {
        return keyed("georadiusbymember", (o, a, b, c, d, e) -> o.georadiusByMember(a, b, (double) c, d, e), p1, p2, p3, p4, p5);
    }

    @Override
    public List<GeoRadiusResponse> georadiusByMemberReadonly(byte[] p1, byte[] p2, double p3, GeoUnit p4) {
        return keyed("georadiusbymemberreadonly", (o, a, b, c, d) -> o.georadiusByMemberReadonly(a, b, (double) c, d), p1, p2, p3, p4);
    }

    @Override
    public List<GeoRadiusResponse> georadiusByMemberReadonly(byte[] p1, byte[] p2, double p3, GeoUnit p4, GeoRadiusParam p5) {
        return keyed("georadiusbymemberreadonly", (o, a, b, c, d, e) -> o.georadiusByMemberReadonly(a, b, (double) c, d, e), p1, p2, p3, p4, p5);
    }

    @Override
    public List<GeoRadiusResponse> georadiusByMemberReadonly(String p1, String p2, double p3, GeoUnit p4) {
        return keyed("georadiusbymemberreadonly", (o, a, b, c, d) -> o.georadiusByMemberReadonly(a, b, (double) c, d), p1, p2, p3, p4);
    }

    @Override
    public List<GeoRadiusResponse> georadiusByMemberReadonly(String p1, String p2, double p3, GeoUnit p4, GeoRadiusParam p5) {
        return keyed("georadiusbymemberreadonly", (o, a, b, c, d, e) -> o.georadiusByMemberReadonly(a, b, (double) c, d, e), p1, p2, p3, p4, p5);
    }

    @Override
    public long georadiusByMemberStore(byte[] p1, byte[] p2, double p3, GeoUnit p4, GeoRadiusParam p5, GeoRadiusStoreParam p6) {
        return keyed("georadiusbymemberstore", (o, a, b, c, d, e, f) -> o.georadiusByMemberStore(a, b, (double) c, d, e, f), p1, p2, p3, p4, p5, p6);
    }

    @Override
    public long georadiusByMemberStore(String p1, String p2, double p3, GeoUnit p4, GeoRadiusParam p5, GeoRadiusStoreParam p6) {
        return keyed("georadiusbymemberstore", (o, a, b, c, d, e, f) -> o.georadiusByMemberStore(a, b, (double) c, d, e, f), p1, p2, p3, p4, p5, p6);
    }

    @Override
    public List<GeoRadiusResponse> georadiusReadonly(byte[] p1, double p2, double p3, double p4, GeoUnit p5) {
        return keyed("georadiusreadonly", (o, a, b, c, d, e) -> o.georadiusReadonly(a, (double) b, (double) c, (double) d, e), p1, p2, p3, p4, p5);
    }

    @Override
    public List<GeoRadiusResponse> georadiusReadonly(byte[] p1, double p2, double p3, double p4, GeoUnit p5, GeoRadiusParam p6) {
        return keyed("georadiusreadonly", (o, a, b, c, d, e, f) -> o.georadiusReadonly(a, (double) b, (double) c, (double) d, e, f), p1, p2, p3, p4, p5, p6);
    }

    @Override
    public List<GeoRadiusResponse> georadiusReadonly(String p1, double p2, double p3, double p4, GeoUnit p5) {
        return keyed("georadiusreadonly", (o, a, b, c, d, e) -> o.georadiusReadonly(a, (double) b, (double) c, (double) d, e), p1, p2, p3, p4, p5);
    }

    @Override
    public List<GeoRadiusResponse> georadiusReadonly(String p1, double p2, double p3, double p4, GeoUnit p5, GeoRadiusParam p6) {
        return keyed("georadiusreadonly", (o, a, b, c, d, e, f) -> o.georadiusReadonly(a, (double) b, (double) c, (double) d, e, f), p1, p2, p3, p4, p5, p6);
    }

    @Override
    public long georadiusStore(byte[] p1, double p2, double p3, double p4, GeoUnit p5, GeoRadiusParam p6, GeoRadiusStoreParam p7) {
        return keyed("georadiusstore", (o, a, b, c, d, e, f, g) -> o.georadiusStore(a, (double) b, (double) c, (double) d, e, f, g), p1, p2, p3, p4, p5, p6, p7);
    }

    @Override
    public long georadiusStore(String p1, double p2, double p3, double p4, GeoUnit p5, GeoRadiusParam p6, GeoRadiusStoreParam p7) {
        return keyed("georadiusstore", (o, a, b, c, d, e, f, g) -> o.georadiusStore(a, (double) b, (double) c, (double) d, e, f, g), p1, p2, p3, p4, p5, p6, p7);
    }

    @Override
    public List<GeoRadiusResponse> geosearch(byte[] p1, byte[] p2, double p3, double p4, GeoUnit p5) {
        return keyed("geosearch", (o, a, b, c, d, e) -> o.geosearch(a, b, (double) c, (double) d, e), p1, p2, p3, p4, p5);
    }

    @Override
    public List<GeoRadiusResponse> geosearch(byte[] p1, byte[] p2, double p3, GeoUnit p4) {
        return keyed("geosearch", (o, a, b, c, d) -> o.geosearch(a, b, (double) c, d), p1, p2, p3, p4);
    }

    @Override
    public List<GeoRadiusResponse> geosearch(byte[] p1, GeoCoordinate p2, double p3, double p4, GeoUnit p5) {
        return keyed("geosearch", (o, a, b, c, d, e) -> o.geosearch(a, b, (double) c, (double) d, e), p1, p2, p3, p4, p5);
    }

    @Override
    public List<GeoRadiusResponse> geosearch(byte[] p1, GeoCoordinate p2, double p3, GeoUnit p4) {
        return keyed("geosearch", (o, a, b, c, d) -> o.geosearch(a, b, (double) c, d), p1, p2, p3, p4);
    }

    @Override
    public List<GeoRadiusResponse> geosearch(byte[] p1, GeoSearchParam p2) {
        return keyed("geosearch", (o, a, b) -> o.geosearch(a, b), p1, p2);
    }

    @Override
    public List<GeoRadiusResponse> geosearch(String p1, String p2, double p3, double p4, GeoUnit p5) {
        return keyed("geosearch", (o, a, b, c, d, e) -> o.geosearch(a, b, (double) c, (double) d, e), p1, p2, p3, p4, p5);
    }

    @Override
    public List<GeoRadiusResponse> geosearch(String p1, String p2, double p3, GeoUnit p4) {
        return keyed("geosearch", (o, a, b, c, d) -> o.geosearch(a, b, (double) c, d), p1, p2, p3, p4);
    }

    @Override
    public List<GeoRadiusResponse> geosearch(String p1, GeoCoordinate p2, double p3, double p4, GeoUnit p5) {
        return keyed("geosearch", (o, a, b, c, d, e) -> o.geosearch(a, b, (double) c, (double) d, e), p1, p2, p3, p4, p5);
    }

    @Override
    public List<GeoRadiusResponse> geosearch(String p1, GeoCoordinate p2, double p3, GeoUnit p4) {
        return keyed("geosearch", (o, a, b, c, d) -> o.geosearch(a, b, (double) c, d), p1, p2, p3, p4);
    }

    @Override
    public List<GeoRadiusResponse> geosearch(String p1, GeoSearchParam p2) {
        return keyed("geosearch", (o, a, b) -> o.geosearch(a, b), p1, p2);
    }

    @Override
    public long geosearchStore(byte[] p1, byte[] p2, byte[] p3, double p4, double p5, GeoUnit p6) {
        return keyed("geosearchstore", (o, a, b, c, d, e, f) -> o.geosearchStore(a, b, c, (double) d, (double) e, f), p1, p2, p3, p4, p5, p6);
    }

    @Override
    public long geosearchStore(byte[] p1, byte[] p2, byte[] p3, double p4, GeoUnit p5) {
        return keyed("geosearchstore", (o, a, b, c, d, e) -> o.geosearchStore(a, b, c, (double) d, e), p1, p2, p3, p4, p5);
    }

    @Override
    public long geosearchStore(byte[] p1, byte[] p2, GeoCoordinate p3, double p4, double p5, GeoUnit p6) {
        return keyed("geosearchstore", (o, a, b, c, d, e, f) -> o.geosearchStore(a, b, c, (double) d, (double) e, f), p1, p2, p3, p4, p5, p6);
    }

    @Override
    public long geosearchStore(byte[] p1, byte[] p2, GeoCoordinate p3, double p4, GeoUnit p5) {
        return keyed("geosearchstore", (o, a, b, c, d, e) -> o.geosearchStore(a, b, c, (double) d, e), p1, p2, p3, p4, p5);
    }

    @Override
    public long geosearchStore(byte[] p1, byte[] p2, GeoSearchParam p3) {
        return keyed("geosearchstore", (o, a, b, c) -> o.geosearchStore(a, b, c), p1, p2, p3);
    }

    @Override
    public long geosearchStore(String p1, String p2, String p3, double p4, double p5, GeoUnit p6) {
        return keyed("geosearchstore", (o, a, b, c, d, e, f) -> o.geosearchStore(a, b, c, (double) d, (double) e, f), p1, p2, p3, p4, p5, p6);
    }

    @Override
    public long geosearchStore(String p1, String p2, String p3, double p4, GeoUnit p5) {
        return keyed("geosearchstore", (o, a, b, c, d, e) -> o.geosearchStore(a, b, c, (double) d, e), p1, p2, p3, p4, p5);
    }

    @Override
    public long geosearchStore(String p1, String p2, GeoCoordinate p3, double p4, double p5, GeoUnit p6) {
        return keyed("geosearchstore", (o, a, b, c, d, e, f) -> o.geosearchStore(a, b, c, (double) d, (double) e, f), p1, p2, p3, p4, p5, p6);
    }

    @Override
    public long geosearchStore(String p1, String p2, GeoCoordinate p3, double p4, GeoUnit p5) {
        return keyed("geosearchstore", (o, a, b, c, d, e) -> o.geosearchStore(a, b, c, (double) d, e), p1, p2, p3, p4, p5);
    }

    @Override
    public long geosearchStore(String p1, String p2, GeoSearchParam p3) {
        return keyed("geosearchstore", (o, a, b, c) -> o.geosearchStore(a, b, c), p1, p2, p3);
    }

    @Override
    public long geosearchStoreStoreDist(byte[] p1, byte[] p2, GeoSearchParam p3) {
        return keyed("geosearchstorestoredist", (o, a, b, c) -> o.geosearchStoreStoreDist(a, b, c), p1, p2, p3);
    }

    @Override
    public long geosearchStoreStoreDist(String p1, String p2, GeoSearchParam p3) {
        return keyed("geosearchstorestoredist", (o, a, b, c) -> o.geosearchStoreStoreDist(a, b, c), p1, p2, p3);
    }

    @Override
    public byte[] get(byte[] p1) {
        return keyed("get", (o, a) -> o.get(a), p1);
    }

    @Override
    public String get(String p1) {
        return keyed("get", (o, a) -> o.get(a), p1);
    }

    @Override
    public byte[] getDel(byte[] p1) {
        return keyed("getdel", (o, a) -> o.getDel(a), p1);
    }

    @Override
    public String getDel(String p1) {
        return keyed("getdel", (o, a) -> o.getDel(a), p1);
    }

    @Override
    public byte[] getEx(byte[] p1, GetExParams p2) {
        return keyed("getex", (o, a, b) -> o.getEx(a, b), p1, p2);
    }

    @Override
    public String getEx(String p1, GetExParams p2) {
        return keyed("getex", (o, a, b) -> o.getEx(a, b), p1, p2);
    }

    @Override
    public byte[] getSet(byte[] p1, byte[] p2) {
        return keyed("getset", (o, a, b) -> o.getSet(a, b), p1, p2);
    }

    @Override
    public String getSet(String p1, String p2) {
        return keyed("getset", (o, a, b) -> o.getSet(a, b), p1, p2);
    }

    @Override
    public boolean getbit(byte[] p1, long p2) {
        return keyed("getbit", (o, a, b) -> o.getbit(a, (long) b), p1, p2);
    }

    @Override
    public boolean getbit(String p1, long p2) {
        return keyed("getbit", (o, a, b) -> o.getbit(a, (long) b), p1, p2);
    }

    @Override
    public byte[] getrange(byte[] p1, long p2, long p3) {
        return keyed("getrange", (o, a, b, c) -> o.getrange(a, (long) b, (long) c), p1, p2, p3);
    }

    @Override
    public String getrange(String p1, long p2, long p3) {
        return keyed("getrange", (o, a, b, c) -> o.getrange(a, (long) b, (long) c), p1, p2, p3);
    }

    @Override
    public long hdel(byte[] p1, byte[]... p2) {
        return keyed("hdel", (o, a, b) -> o.hdel(a, b), p1, p2);
    }

    @Override
    public long hdel(String p1, String... p2) {
        return keyed("hdel", (o, a, b) -> o.hdel(a, b), p1, p2);
    }

    @Override
    public boolean hexists(byte[] p1, byte[] p2) {
        return keyed("hexists", (o, a, b) -> o.hexists(a, b), p1, p2);
    }

    @Override
    public boolean hexists(String p1, String p2) {
        return keyed("hexists", (o, a, b) -> o.hexists(a, b), p1, p2);
    }

    @Override
    public List<Long> hexpire(byte[] p1, long p2, byte[]... p3) {
        return keyed("hexpire", (o, a, b, c) -> o.hexpire(a, (long) b, c), p1, p2, p3);
    }

    @Override
    public List<Long> hexpire(byte[] p1, long p2, ExpiryOption p3, byte[]... p4) {
        return keyed("hexpire", (o, a, b, c, d) -> o.hexpire(a, (long) b, c, d), p1, p2, p3, p4);
    }

    @Override
    public List<Long> hexpire(String p1, long p2, String... p3) {
        return keyed("hexpire", (o, a, b, c) -> o.hexpire(a, (long) b, c), p1, p2, p3);
    }

    @Override
    public List<Long> hexpire(String p1, long p2, ExpiryOption p3, String... p4) {
        return keyed("hexpire", (o, a, b, c, d) -> o.hexpire(a, (long) b, c, d), p1, p2, p3, p4);
    }

    @Override
    public List<Long> hexpireAt(byte[] p1, long p2, byte[]... p3) {
        return keyed("hexpireat", (o, a, b, c) -> o.hexpireAt(a, (long) b, c), p1, p2, p3);
    }

    @Override
    public List<Long> hexpireAt(byte[] p1, long p2, ExpiryOption p3, byte[]... p4) {
        return keyed("hexpireat", (o, a, b, c, d) -> o.hexpireAt(a, (long) b, c, d), p1, p2, p3, p4);
    }

    @Override
    public List<Long> hexpireAt(String p1, long p2, String... p3) {
        return keyed("hexpireat", (o, a, b, c) -> o.hexpireAt(a, (long) b, c), p1, p2, p3);
    }

    @Override
    public List<Long> hexpireAt(String p1, long p2, ExpiryOption p3, String... p4) {
        return keyed("hexpireat", (o, a, b, c, d) -> o.hexpireAt(a, (long) b, c, d), p1, p2, p3, p4);
    }

    @Override
    public List<Long> hexpireTime(byte[] p1, byte[]... p2) {
        return keyed("hexpiretime", (o, a, b) -> o.hexpireTime(a, b), p1, p2);
    }

    @Override
    public List<Long> hexpireTime(String p1, String... p2) {
        return keyed("hexpiretime", (o, a, b) -> o.hexpireTime(a, b), p1, p2);
    }

    @Override
    public byte[] hget(byte[] p1, byte[] p2) {
        return keyed("hget", (o, a, b) -> o.hget(a, b), p1, p2);
    }

    @Override
    public String hget(String p1, String p2) {
        return keyed("hget", (o, a, b) -> o.hget(a, b), p1, p2);
    }

    @Override
    public Map<byte[], byte[]> hgetAll(byte[] p1) {
        return keyed("hgetall", (o, a) -> o.hgetAll(a), p1);
    }

    @Override
    public Map<String, String> hgetAll(String p1) {
        return keyed("hgetall", (o, a) -> o.hgetAll(a), p1);
    }

    @Override
    public List<byte[]> hgetdel(byte[] p1, byte[]... p2) {
        return keyed("hgetdel", (o, a, b) -> o.hgetdel(a, b), p1, p2);
    }

    @Override
    public List<String> hgetdel(String p1, String... p2) {
        return keyed("hgetdel", (o, a, b) -> o.hgetdel(a, b), p1, p2);
    }

    @Override
    public List<byte[]> hgetex(byte[] p1, HGetExParams p2, byte[]... p3) {
        return keyed("hgetex", (o, a, b, c) -> o.hgetex(a, b, c), p1, p2, p3);
    }

    @Override
    public List<String> hgetex(String p1, HGetExParams p2, String... p3) {
        return keyed("hgetex", (o, a, b, c) -> o.hgetex(a, b, c), p1, p2, p3);
    }

    @Override
    public String himportSet(byte[] p1, HashImport p2, byte[]... p3) {
        return direct("himportset", j -> j.himportSet(p1, p2, p3));
    }

    @Override
    public String himportSet(String p1, HashImport p2, String... p3) {
        return direct("himportset", j -> j.himportSet(p1, p2, p3));
    }

    @Override
    public long hincrBy(byte[] p1, byte[] p2, long p3) {
        return keyed("hincrby", (o, a, b, c) -> o.hincrBy(a, b, (long) c), p1, p2, p3);
    }

    @Override
    public long hincrBy(String p1, String p2, long p3) {
        return keyed("hincrby", (o, a, b, c) -> o.hincrBy(a, b, (long) c), p1, p2, p3);
    }

    @Override
    public double hincrByFloat(byte[] p1, byte[] p2, double p3) {
        return keyed("hincrbyfloat", (o, a, b, c) -> o.hincrByFloat(a, b, (double) c), p1, p2, p3);
    }

    @Override
    public double hincrByFloat(String p1, String p2, double p3) {
        return keyed("hincrbyfloat", (o, a, b, c) -> o.hincrByFloat(a, b, (double) c), p1, p2, p3);
    }

    @Override
    public Set<byte[]> hkeys(byte[] p1) {
        return keyed("hkeys", (o, a) -> o.hkeys(a), p1);
    }

    @Override
    public Set<String> hkeys(String p1) {
        return keyed("hkeys", (o, a) -> o.hkeys(a), p1);
    }

    @Override
    public long hlen(byte[] p1) {
        return keyed("hlen", (o, a) -> o.hlen(a), p1);
    }

    @Override
    public long hlen(String p1) {
        return keyed("hlen", (o, a) -> o.hlen(a), p1);
    }

    @Override
    public List<byte[]> hmget(byte[] p1, byte[]... p2) {
        return keyed("hmget", (o, a, b) -> o.hmget(a, b), p1, p2);
    }

    @Override
    public List<String> hmget(String p1, String... p2) {
        return keyed("hmget", (o, a, b) -> o.hmget(a, b), p1, p2);
    }

    @Override
    public String hmset(byte[] p1, Map<byte[], byte[]> p2) {
        return keyed("hmset", (o, a, b) -> o.hmset(a, b), p1, p2);
    }

    @Override
    public String hmset(String p1, Map<String, String> p2) {
        return keyed("hmset", (o, a, b) -> o.hmset(a, b), p1, p2);
    }

    @Override
    public List<Long> hpersist(byte[] p1, byte[]... p2) {
        return keyed("hpersist", (o, a, b) -> o.hpersist(a, b), p1, p2);
    }

    @Override
    public List<Long> hpersist(String p1, String... p2) {
        return keyed("hpersist", (o, a, b) -> o.hpersist(a, b), p1, p2);
    }

    @Override
    public List<Long> hpexpire(byte[] p1, long p2, byte[]... p3) {
        return keyed("hpexpire", (o, a, b, c) -> o.hpexpire(a, (long) b, c), p1, p2, p3);
    }

    @Override
    public List<Long> hpexpire(byte[] p1, long p2, ExpiryOption p3, byte[]... p4) {
        return keyed("hpexpire", (o, a, b, c, d) -> o.hpexpire(a, (long) b, c, d), p1, p2, p3, p4);
    }

    @Override
    public List<Long> hpexpire(String p1, long p2, String... p3) {
        return keyed("hpexpire", (o, a, b, c) -> o.hpexpire(a, (long) b, c), p1, p2, p3);
    }

    @Override
    public List<Long> hpexpire(String p1, long p2, ExpiryOption p3, String... p4) {
        return keyed("hpexpire", (o, a, b, c, d) -> o.hpexpire(a, (long) b, c, d), p1, p2, p3, p4);
    }

    @Override
    public List<Long> hpexpireAt(byte[] p1, long p2, byte[]... p3) {
        return keyed("hpexpireat", (o, a, b, c) -> o.hpexpireAt(a, (long) b, c), p1, p2, p3);
    }

    @Override
    public List<Long> hpexpireAt(byte[] p1, long p2, ExpiryOption p3, byte[]... p4) {
        return keyed("hpexpireat", (o, a, b, c, d) -> o.hpexpireAt(a, (long) b, c, d), p1, p2, p3, p4);
    }

    @Override
    public List<Long> hpexpireAt(String p1, long p2, String... p3) {
        return keyed("hpexpireat", (o, a, b, c) -> o.hpexpireAt(a, (long) b, c), p1, p2, p3);
    }

    @Override
    public List<Long> hpexpireAt(String p1, long p2, ExpiryOption p3, String... p4) {
        return keyed("hpexpireat", (o, a, b, c, d) -> o.hpexpireAt(a, (long) b, c, d), p1, p2, p3, p4);
    }

    @Override
    public List<Long> hpexpireTime(byte[] p1, byte[]... p2) {
        return keyed("hpexpiretime", (o, a, b) -> o.hpexpireTime(a, b), p1, p2);
    }

    @Override
    public List<Long> hpexpireTime(String p1, String... p2) {
        return keyed("hpexpiretime", (o, a, b) -> o.hpexpireTime(a, b), p1, p2);
    }

    @Override
    public List<Long> hpttl(byte[] p1, byte[]... p2) {
        return keyed("hpttl", (o, a, b) -> o.hpttl(a, b), p1, p2);
    }

    @Override
    public List<Long> hpttl(String p1, String... p2) {
        return keyed("hpttl", (o, a, b) -> o.hpttl(a, b), p1, p2);
    }

    @Override
    public byte[] hrandfield(byte[] p1) {
        return keyed("hrandfield", (o, a) -> o.hrandfield(a), p1);
    }

    @Override
    public List<byte[]> hrandfield(byte[] p1, long p2) {
        return keyed("hrandfield", (o, a, b) -> o.hrandfield(a, (long) b), p1, p2);
    }

    @Override
    public String hrandfield(String p1) {
        return keyed("hrandfield", (o, a) -> o.hrandfield(a), p1);
    }

    @Override
    public List<String> hrandfield(String p1, long p2) {
        return keyed("hrandfield", (o, a, b) -> o.hrandfield(a, (long) b), p1, p2);
    }

    @Override
    public List<Map.Entry<byte[], byte[]>> hrandfieldWithValues(byte[] p1, long p2) {
        return keyed("hrandfieldwithvalues", (o, a, b) -> o.hrandfieldWithValues(a, (long) b), p1, p2);
    }

    @Override
    public List<Map.Entry<String, String>> hrandfieldWithValues(String p1, long p2) {
        return keyed("hrandfieldwithvalues", (o, a, b) -> o.hrandfieldWithValues(a, (long) b), p1, p2);
    }

    @Override
    public ScanResult<Map.Entry<byte[], byte[]>> hscan(byte[] p1, byte[] p2, ScanParams p3) {
        return keyed("hscan", (o, a, b, c) -> o.hscan(a, b, c), p1, p2, p3);
    }

    @Override
    public ScanResult<Map.Entry<String, String>> hscan(String p1, String p2, ScanParams p3) {
        return keyed("hscan", (o, a, b, c) -> o.hscan(a, b, c), p1, p2, p3);
    }

    @Override
    public ScanResult<byte[]> hscanNoValues(byte[] p1, byte[] p2, ScanParams p3) {
        return keyed("hscannovalues", (o, a, b, c) -> o.hscanNoValues(a, b, c), p1, p2, p3);
    }

    @Override
    public ScanResult<String> hscanNoValues(String p1, String p2, ScanParams p3) {
        return keyed("hscannovalues", (o, a, b, c) -> o.hscanNoValues(a, b, c), p1, p2, p3);
    }

    @Override
    public long hset(byte[] p1, byte[] p2, byte[] p3) {
        return keyed("hset", (o, a, b, c) -> o.hset(a, b, c), p1, p2, p3);
    }

    @Override
    public long hset(byte[] p1, Map<byte[], byte[]> p2) {
        return keyed("hset", (o, a, b) -> o.hset(a, b), p1, p2);
    }

    @Override
    public long hset(String p1, String p2, String p3) {
        return keyed("hset", (o, a, b, c) -> o.hset(a, b, c), p1, p2, p3);
    }

    @Override
    public long hset(String p1, Map<String, String> p2) {
        return keyed("hset", (o, a, b) -> o.hset(a, b), p1, p2);
    }

    @Override
    public long hsetex(byte[] p1, HSetExParams p2, byte[] p3, byte[] p4) {
        return keyed("hsetex", (o, a, b, c, d) -> o.hsetex(a, b, c, d), p1, p2, p3, p4);
    }

    @Override
    public long hsetex(byte[] p1, HSetExParams p2, Map<byte[], byte[]> p3) {
        return keyed("hsetex", (o, a, b, c) -> o.hsetex(a, b, c), p1, p2, p3);
    }

    @Override
    public long hsetex(String p1, HSetExParams p2, String p3, String p4) {
        return keyed("hsetex", (o, a, b, c, d) -> o.hsetex(a, b, c, d), p1, p2, p3, p4);
    }

    @Override
    public long hsetex(String p1, HSetExParams p2, Map<String, String> p3) {
        return keyed("hsetex", (o, a, b, c) -> o.hsetex(a, b, c), p1, p2, p3);
    }

    @Override
    public long hsetnx(byte[] p1, byte[] p2, byte[] p3) {
        return keyed("hsetnx", (o, a, b, c) -> o.hsetnx(a, b, c), p1, p2, p3);
    }

    @Override
    public long hsetnx(String p1, String p2, String p3) {
        return keyed("hsetnx", (o, a, b, c) -> o.hsetnx(a, b, c), p1, p2, p3);
    }

    @Override
    public long hstrlen(byte[] p1, byte[] p2) {
        return keyed("hstrlen", (o, a, b) -> o.hstrlen(a, b), p1, p2);
    }

    @Override
    public long hstrlen(String p1, String p2) {
        return keyed("hstrlen", (o, a, b) -> o.hstrlen(a, b), p1, p2);
    }

    @Override
    public List<Long> httl(byte[] p1, byte[]... p2) {
        return keyed("httl", (o, a, b) -> o.httl(a, b), p1, p2);
    }

    @Override
    public List<Long> httl(String p1, String... p2) {
        return keyed("httl", (o, a, b) -> o.httl(a, b), p1, p2);
    }

    @Override
    public List<byte[]> hvals(byte[] p1) {
        return keyed("hvals", (o, a) -> o.hvals(a), p1);
    }

    @Override
    public List<String> hvals(String p1) {
        return keyed("hvals", (o, a) -> o.hvals(a), p1);
    }

    @Override
    public long incr(byte[] p1) {
        return keyed("incr", (o, a) -> o.incr(a), p1);
    }

    @Override
    public long incr(String p1) {
        return keyed("incr", (o, a) -> o.incr(a), p1);
    }

    @Override
    public long incrBy(byte[] p1, long p2) {
        return keyed("incrby", (o, a, b) -> o.incrBy(a, (long) b), p1, p2);
    }

    @Override
    public long incrBy(String p1, long p2) {
        return keyed("incrby", (o, a, b) -> o.incrBy(a, (long) b), p1, p2);
    }

    @Override
    public double incrByFloat(byte[] p1, double p2) {
        return keyed("incrbyfloat", (o, a, b) -> o.incrByFloat(a, (double) b), p1, p2);
    }

    @Override
    public double incrByFloat(String p1, double p2) {
        return keyed("incrbyfloat", (o, a, b) -> o.incrByFloat(a, (double) b), p1, p2);
    }

    @Override
    public List<Long> increx(byte[] p1) {
        return keyed("increx", (o, a) -> o.increx(a), p1);
    }

    @Override
    public List<Double> increx(byte[] p1, double p2, IncrexFloatParams p3) {
        return keyed("increx", (o, a, b, c) -> o.increx(a, (double) b, c), p1, p2, p3);
    }

    @Override
    public List<Long> increx(byte[] p1, long p2, IncrexParams p3) {
        return keyed("increx", (o, a, b, c) -> o.increx(a, (long) b, c), p1, p2, p3);
    }

    @Override
    public List<Long> increx(String p1) {
        return keyed("increx", (o, a) -> o.increx(a), p1);
    }

    @Override
    public List<Double> increx(String p1, double p2, IncrexFloatParams p3) {
        return keyed("increx", (o, a, b, c) -> o.increx(a, (double) b, c), p1, p2, p3);
    }

    @Override
    public List<Long> increx(String p1, long p2, IncrexParams p3) {
        return keyed("increx", (o, a, b, c) -> o.increx(a, (long) b, c), p1, p2, p3);
    }

    @Override
    public Set<byte[]> keys(byte[] p1) {
        return keyed("keys", (o, a) -> o.keys(a), p1);
    }

    @Override
    public Set<String> keys(String p1) {
        return keyed("keys", (o, a) -> o.keys(a), p1);
    }

    @Override
    public LCSMatchResult lcs(byte[] p1, byte[] p2, LCSParams p3) {
        return keyed("lcs", (o, a, b, c) -> o.lcs(a, b, c), p1, p2, p3);
    }

    @Override
    public LCSMatchResult lcs(String p1, String p2, LCSParams p3) {
        return keyed("lcs", (o, a, b, c) -> o.lcs(a, b, c), p1, p2, p3);
    }

    @Override
    public byte[] lindex(byte[] p1, long p2) {
        return keyed("lindex", (o, a, b) -> o.lindex(a, (long) b), p1, p2);
    }

    @Override
    public String lindex(String p1, long p2) {
        return keyed("lindex", (o, a, b) -> o.lindex(a, (long) b), p1, p2);
    }

    @Override
    public long linsert(byte[] p1, ListPosition p2, byte[] p3, byte[] p4) {
        return keyed("linsert", (o, a, b, c, d) -> o.linsert(a, b, c, d), p1, p2, p3, p4);
    }

    @Override
    public long linsert(String p1, ListPosition p2, String p3, String p4) {
        return keyed("linsert", (o, a, b, c, d) -> o.linsert(a, b, c, d), p1, p2, p3, p4);
    }

    @Override
    public long llen(byte[] p1) {
        return keyed("llen", (o, a) -> o.llen(a), p1);
    }

    @Override
    public long llen(String p1) {
        return keyed("llen", (o, a) -> o.llen(a), p1);
    }

    @Override
    public byte[] lmove(byte[] p1, byte[] p2, ListDirection p3, ListDirection p4) {
        return keyed("lmove", (o, a, b, c, d) -> o.lmove(a, b, c, d), p1, p2, p3, p4);
    }

    @Override
    public String lmove(String p1, String p2, ListDirection p3, ListDirection p4) {
        return keyed("lmove", (o, a, b, c, d) -> o.lmove(a, b, c, d), p1, p2, p3, p4);
    }

    @Override
    public List<byte[]> lmovem(byte[] p1, byte[] p2, ListDirection p3, ListDirection p4) {
        return keyed("lmovem", (o, a, b, c, d) -> o.lmovem(a, b, c, d), p1, p2, p3, p4);
    }

    @Override
    public List<byte[]> lmovem(byte[] p1, byte[] p2, ListDirection p3, ListDirection p4, LMoveMParams p5) {
        return keyed("lmovem", (o, a, b, c, d, e) -> o.lmovem(a, b, c, d, e), p1, p2, p3, p4, p5);
    }

    @Override
    public List<String> lmovem(String p1, String p2, ListDirection p3, ListDirection p4) {
        return keyed("lmovem", (o, a, b, c, d) -> o.lmovem(a, b, c, d), p1, p2, p3, p4);
    }

    @Override
    public List<String> lmovem(String p1, String p2, ListDirection p3, ListDirection p4, LMoveMParams p5) {
        return keyed("lmovem", (o, a, b, c, d, e) -> o.lmovem(a, b, c, d, e), p1, p2, p3, p4, p5);
    }

    @Override
    public KeyValue<byte[], List<byte[]>> lmpop(ListDirection p1, byte[]... p2) {
        return keyed("lmpop", (o, a, b) -> o.lmpop(a, b), p1, p2);
    }

    @Override
    public KeyValue<byte[], List<byte[]>> lmpop(ListDirection p1, int p2, byte[]... p3) {
        return keyed("lmpop", (o, a, b, c) -> o.lmpop(a, (int) b, c), p1, p2, p3);
    }

    @Override
    public KeyValue<String, List<String>> lmpop(ListDirection p1, int p2, String... p3) {
        return keyed("lmpop", (o, a, b, c) -> o.lmpop(a, (int) b, c), p1, p2, p3);
    }

    @Override
    public KeyValue<String, List<String>> lmpop(ListDirection p1, String... p2) {
        return keyed("lmpop", (o, a, b) -> o.lmpop(a, b), p1, p2);
    }

    @Override
    public byte[] lpop(byte[] p1) {
        return keyed("lpop", (o, a) -> o.lpop(a), p1);
    }

    @Override
    public List<byte[]> lpop(byte[] p1, int p2) {
        return keyed("lpop", (o, a, b) -> o.lpop(a, (int) b), p1, p2);
    }

    @Override
    public String lpop(String p1) {
        return keyed("lpop", (o, a) -> o.lpop(a), p1);
    }

    @Override
    public List<String> lpop(String p1, int p2) {
        return keyed("lpop", (o, a, b) -> o.lpop(a, (int) b), p1, p2);
    }

    @Override
    public Long lpos(byte[] p1, byte[] p2) {
        return keyed("lpos", (o, a, b) -> o.lpos(a, b), p1, p2);
    }

    @Override
    public Long lpos(byte[] p1, byte[] p2, LPosParams p3) {
        return keyed("lpos", (o, a, b, c) -> o.lpos(a, b, c), p1, p2, p3);
    }

    @Override
    public List<Long> lpos(byte[] p1, byte[] p2, LPosParams p3, long p4) {
        return keyed("lpos", (o, a, b, c, d) -> o.lpos(a, b, c, (long) d), p1, p2, p3, p4);
    }

    @Override
    public Long lpos(String p1, String p2) {
        return keyed("lpos", (o, a, b) -> o.lpos(a, b), p1, p2);
    }

    @Override
    public Long lpos(String p1, String p2, LPosParams p3) {
        return keyed("lpos", (o, a, b, c) -> o.lpos(a, b, c), p1, p2, p3);
    }

    @Override
    public List<Long> lpos(String p1, String p2, LPosParams p3, long p4) {
        return keyed("lpos", (o, a, b, c, d) -> o.lpos(a, b, c, (long) d), p1, p2, p3, p4);
    }

    @Override
    public long lpush(byte[] p1, byte[]... p2) {
        return keyed("lpush", (o, a, b) -> o.lpush(a, b), p1, p2);
    }

    @Override
    public long lpush(String p1, String... p2) {
        return keyed("lpush", (o, a, b) -> o.lpush(a, b), p1, p2);
    }

    @Override
    public long lpushx(byte[] p1, byte[]... p2) {
        return keyed("lpushx", (o, a, b) -> o.lpushx(a, b), p1, p2);
    }

    @Override
    public long lpushx(String p1, String... p2) {
        return keyed("lpushx", (o, a, b) -> o.lpushx(a, b), p1, p2);
    }

    @Override
    public List<byte[]> lrange(byte[] p1, long p2, long p3) {
        return keyed("lrange", (o, a, b, c) -> o.lrange(a, (long) b, (long) c), p1, p2, p3);
    }

    @Override
    public List<String> lrange(String p1, long p2, long p3) {
        return keyed("lrange", (o, a, b, c) -> o.lrange(a, (long) b, (long) c), p1, p2, p3);
    }

    @Override
    public long lrem(byte[] p1, long p2, byte[] p3) {
        return keyed("lrem", (o, a, b, c) -> o.lrem(a, (long) b, c), p1, p2, p3);
    }

    @Override
    public long lrem(String p1, long p2, String p3) {
        return keyed("lrem", (o, a, b, c) -> o.lrem(a, (long) b, c), p1, p2, p3);
    }

    @Override
    public String lset(byte[] p1, long p2, byte[] p3) {
        return keyed("lset", (o, a, b, c) -> o.lset(a, (long) b, c), p1, p2, p3);
    }

    @Override
    public String lset(String p1, long p2, String p3) {
        return keyed("lset", (o, a, b, c) -> o.lset(a, (long) b, c), p1, p2, p3);
    }

    @Override
    public String ltrim(byte[] p1, long p2, long p3) {
        return keyed("ltrim", (o, a, b, c) -> o.ltrim(a, (long) b, (long) c), p1, p2, p3);
    }

    @Override
    public String ltrim(String p1, long p2, long p3) {
        return keyed("ltrim", (o, a, b, c) -> o.ltrim(a, (long) b, (long) c), p1, p2, p3);
    }

    @Override
    public Long memoryUsage(byte[] p1) {
        return keyed("memoryusage", (o, a) -> o.memoryUsage(a), p1);
    }

    @Override
    public Long memoryUsage(byte[] p1, int p2) {
        return keyed("memoryusage", (o, a, b) -> o.memoryUsage(a, (int) b), p1, p2);
    }

    @Override
    public Long memoryUsage(String p1) {
        return keyed("memoryusage", (o, a) -> o.memoryUsage(a), p1);
    }

    @Override
    public Long memoryUsage(String p1, int p2) {
        return keyed("memoryusage", (o, a, b) -> o.memoryUsage(a, (int) b), p1, p2);
    }

    @Override
    public List<byte[]> mget(byte[]... p1) {
        return crossSlot("mget", (o, a) -> o.mget((byte[][]) a), p1);
    }

    @Override
    public List<String> mget(String... p1) {
        return crossSlot("mget", (o, a) -> o.mget((String[]) a), p1);
    }

    @Override
    public String migrate(String p1, int p2, byte[] p3, int p4) {
        return keyed("migrate", (o, a, b, c, d) -> o.migrate(a, (int) b, c, (int) d), p1, p2, p3, p4);
    }

    @Override
    public String migrate(String p1, int p2, int p3, MigrateParams p4, byte[]... p5) {
        return keyed("migrate", (o, a, b, c, d, e) -> o.migrate(a, (int) b, (int) c, d, e), p1, p2, p3, p4, p5);
    }

    @Override
    public String migrate(String p1, int p2, int p3, MigrateParams p4, String... p5) {
        return keyed("migrate", (o, a, b, c, d, e) -> o.migrate(a, (int) b, (int) c, d, e), p1, p2, p3, p4, p5);
    }

    @Override
    public String migrate(String p1, int p2, String p3, int p4) {
        return keyed("migrate", (o, a, b, c, d) -> o.migrate(a, (int) b, c, (int) d), p1, p2, p3, p4);
    }

    @Override
    public String mset(byte[]... p1) {
        return crossSlot("mset", (o, a) -> o.mset((byte[][]) a), p1);
    }

    @Override
    public String mset(String... p1) {
        return crossSlot("mset", (o, a) -> o.mset((String[]) a), p1);
    }

    @Override
    public boolean msetex(MSetExParams p1, byte[]... p2) {
        return keyed("msetex", (o, a, b) -> o.msetex(a, b), p1, p2);
    }

    @Override
    public boolean msetex(MSetExParams p1, String... p2) {
        return keyed("msetex", (o, a, b) -> o.msetex(a, b), p1, p2);
    }

    @Override
    public long msetnx(byte[]... p1) {
        return keyed("msetnx", (o, a) -> o.msetnx(a), p1);
    }

    @Override
    public long msetnx(String... p1) {
        return keyed("msetnx", (o, a) -> o.msetnx(a), p1);
    }

    @Override
    public byte[] objectEncoding(byte[] p1) {
        return keyed("objectencoding", (o, a) -> o.objectEncoding(a), p1);
    }

    @Override
    public String objectEncoding(String p1) {
        return keyed("objectencoding", (o, a) -> o.objectEncoding(a), p1);
    }

    @Override
    public Long objectFreq(byte[] p1) {
        return keyed("objectfreq", (o, a) -> o.objectFreq(a), p1);
    }

    @Override
    public Long objectFreq(String p1) {
        return keyed("objectfreq", (o, a) -> o.objectFreq(a), p1);
    }

    @Override
    public Long objectIdletime(byte[] p1) {
        return keyed("objectidletime", (o, a) -> o.objectIdletime(a), p1);
    }

    @Override
    public Long objectIdletime(String p1) {
        return keyed("objectidletime", (o, a) -> o.objectIdletime(a), p1);
    }

    @Override
    public Long objectRefcount(byte[] p1) {
        return keyed("objectrefcount", (o, a) -> o.objectRefcount(a), p1);
    }

    @Override
    public Long objectRefcount(String p1) {
        return keyed("objectrefcount", (o, a) -> o.objectRefcount(a), p1);
    }

    @Override
    public long persist(byte[] p1) {
        return keyed("persist", (o, a) -> o.persist(a), p1);
    }

    @Override
    public long persist(String p1) {
        return keyed("persist", (o, a) -> o.persist(a), p1);
    }

    @Override
    public long pexpire(byte[] p1, long p2) {
        return keyed("pexpire", (o, a, b) -> o.pexpire(a, (long) b), p1, p2);
    }

    @Override
    public long pexpire(byte[] p1, long p2, ExpiryOption p3) {
        return keyed("pexpire", (o, a, b, c) -> o.pexpire(a, (long) b, c), p1, p2, p3);
    }

    @Override
    public long pexpire(String p1, long p2) {
        return keyed("pexpire", (o, a, b) -> o.pexpire(a, (long) b), p1, p2);
    }

    @Override
    public long pexpire(String p1, long p2, ExpiryOption p3) {
        return keyed("pexpire", (o, a, b, c) -> o.pexpire(a, (long) b, c), p1, p2, p3);
    }

    @Override
    public long pexpireAt(byte[] p1, long p2) {
        return keyed("pexpireat", (o, a, b) -> o.pexpireAt(a, (long) b), p1, p2);
    }

    @Override
    public long pexpireAt(byte[] p1, long p2, ExpiryOption p3) {
        return keyed("pexpireat", (o, a, b, c) -> o.pexpireAt(a, (long) b, c), p1, p2, p3);
    }

    @Override
    public long pexpireAt(String p1, long p2) {
        return keyed("pexpireat", (o, a, b) -> o.pexpireAt(a, (long) b), p1, p2);
    }

    @Override
    public long pexpireAt(String p1, long p2, ExpiryOption p3) {
        return keyed("pexpireat", (o, a, b, c) -> o.pexpireAt(a, (long) b, c), p1, p2, p3);
    }

    @Override
    public long pexpireTime(byte[] p1) {
        return keyed("pexpiretime", (o, a) -> o.pexpireTime(a), p1);
    }

    @Override
    public long pexpireTime(String p1) {
        return keyed("pexpiretime", (o, a) -> o.pexpireTime(a), p1);
    }

    @Override
    public long pfadd(byte[] p1, byte[]... p2) {
        return keyed("pfadd", (o, a, b) -> o.pfadd(a, b), p1, p2);
    }

    @Override
    public long pfadd(String p1, String... p2) {
        return keyed("pfadd", (o, a, b) -> o.pfadd(a, b), p1, p2);
    }

    @Override
    public long pfcount(byte[] p1) {
        return keyed("pfcount", (o, a) -> o.pfcount(a), p1);
    }

    @Override
    public long pfcount(byte[]... p1) {
        return keyed("pfcount", (o, a) -> o.pfcount(a), p1);
    }

    @Override
    public long pfcount(String p1) {
        return keyed("pfcount", (o, a) -> o.pfcount(a), p1);
    }

    @Override
    public long pfcount(String... p1) {
        return keyed("pfcount", (o, a) -> o.pfcount(a), p1);
    }

    @Override
    public String pfmerge(byte[] p1, byte[]... p2) {
        return keyed("pfmerge", (o, a, b) -> o.pfmerge(a, b), p1, p2);
    }

    @Override
    public String pfmerge(String p1, String... p2) {
        return keyed("pfmerge", (o, a, b) -> o.pfmerge(a, b), p1, p2);
    }

    @Override
    public String ping() {
        return keyed("ping", o -> o.ping());
    }

    @Override
    public String psetex(byte[] p1, long p2, byte[] p3) {
        return keyed("psetex", (o, a, b, c) -> o.psetex(a, (long) b, c), p1, p2, p3);
    }

    @Override
    public String psetex(String p1, long p2, String p3) {
        return keyed("psetex", (o, a, b, c) -> o.psetex(a, (long) b, c), p1, p2, p3);
    }

    @Override
    public long pttl(byte[] p1) {
        return keyed("pttl", (o, a) -> o.pttl(a), p1);
    }

    @Override
    public long pttl(String p1) {
        return keyed("pttl", (o, a) -> o.pttl(a), p1);
    }

    @Override
    public byte[] randomBinaryKey() {
        return keyed("randombinarykey", o -> o.randomBinaryKey());
    }

    @Override
    public String randomKey() {
        return keyed("randomkey", o -> o.randomKey());
    }

    @Override
    public String rename(byte[] p1, byte[] p2) {
        return keyed("rename", (o, a, b) -> o.rename(a, b), p1, p2);
    }

    @Override
    public String rename(String p1, String p2) {
        return keyed("rename", (o, a, b) -> o.rename(a, b), p1, p2);
    }

    @Override
    public long renamenx(byte[] p1, byte[] p2) {
        return keyed("renamenx", (o, a, b) -> o.renamenx(a, b), p1, p2);
    }

    @Override
    public long renamenx(String p1, String p2) {
        return keyed("renamenx", (o, a, b) -> o.renamenx(a, b), p1, p2);
    }

    @Override
    public String restore(byte[] p1, long p2, byte[] p3) {
        return keyed("restore", (o, a, b, c) -> o.restore(a, (long) b, c), p1, p2, p3);
    }

    @Override
    public String restore(byte[] p1, long p2, byte[] p3, RestoreParams p4) {
        return keyed("restore", (o, a, b, c, d) -> o.restore(a, (long) b, c, d), p1, p2, p3, p4);
    }

    @Override
    public String restore(String p1, long p2, byte[] p3) {
        return keyed("restore", (o, a, b, c) -> o.restore(a, (long) b, c), p1, p2, p3);
    }

    @Override
    public String restore(String p1, long p2, byte[] p3, RestoreParams p4) {
        return keyed("restore", (o, a, b, c, d) -> o.restore(a, (long) b, c, d), p1, p2, p3, p4);
    }

    @Override
    public byte[] rpop(byte[] p1) {
        return keyed("rpop", (o, a) -> o.rpop(a), p1);
    }

    @Override
    public List<byte[]> rpop(byte[] p1, int p2) {
        return keyed("rpop", (o, a, b) -> o.rpop(a, (int) b), p1, p2);
    }

    @Override
    public String rpop(String p1) {
        return keyed("rpop", (o, a) -> o.rpop(a), p1);
    }

    @Override
    public List<String> rpop(String p1, int p2) {
        return keyed("rpop", (o, a, b) -> o.rpop(a, (int) b), p1, p2);
    }

    @Override
    public byte[] rpoplpush(byte[] p1, byte[] p2) {
        return keyed("rpoplpush", (o, a, b) -> o.rpoplpush(a, b), p1, p2);
    }

    @Override
    public String rpoplpush(String p1, String p2) {
        return keyed("rpoplpush", (o, a, b) -> o.rpoplpush(a, b), p1, p2);
    }

    @Override
    public long rpush(byte[] p1, byte[]... p2) {
        return keyed("rpush", (o, a, b) -> o.rpush(a, b), p1, p2);
    }

    @Override
    public long rpush(String p1, String... p2) {
        return keyed("rpush", (o, a, b) -> o.rpush(a, b), p1, p2);
    }

    @Override
    public long rpushx(byte[] p1, byte[]... p2) {
        return keyed("rpushx", (o, a, b) -> o.rpushx(a, b), p1, p2);
    }

    @Override
    public long rpushx(String p1, String... p2) {
        return keyed("rpushx", (o, a, b) -> o.rpushx(a, b), p1, p2);
    }

    @Override
    public long sadd(byte[] p1, byte[]... p2) {
        return keyed("sadd", (o, a, b) -> o.sadd(a, b), p1, p2);
    }

    @Override
    public long sadd(String p1, String... p2) {
        return keyed("sadd", (o, a, b) -> o.sadd(a, b), p1, p2);
    }

    @Override
    public ScanResult<byte[]> scan(byte[] p1) {
        return keyed("scan", (o, a) -> o.scan(a), p1);
    }

    @Override
    public ScanResult<byte[]> scan(byte[] p1, ScanParams p2) {
        return keyed("scan", (o, a, b) -> o.scan(a, b), p1, p2);
    }

    @Override
    public ScanResult<byte[]> scan(byte[] p1, ScanParams p2, byte[] p3) {
        return keyed("scan", (o, a, b, c) -> o.scan(a, b, c), p1, p2, p3);
    }

    @Override
    public ScanResult<String> scan(String p1) {
        return keyed("scan", (o, a) -> o.scan(a), p1);
    }

    @Override
    public ScanResult<String> scan(String p1, ScanParams p2) {
        return keyed("scan", (o, a, b) -> o.scan(a, b), p1, p2);
    }

    @Override
    public ScanResult<String> scan(String p1, ScanParams p2, String p3) {
        return keyed("scan", (o, a, b, c) -> o.scan(a, b, c), p1, p2, p3);
    }

    @Override
    public long scard(byte[] p1) {
        return keyed("scard", (o, a) -> o.scard(a), p1);
    }

    @Override
    public long scard(String p1) {
        return keyed("scard", (o, a) -> o.scard(a), p1);
    }

    @Override
    public Boolean scriptExists(byte[] p1, byte[] p2) {
        return direct("scriptexists", j -> j.scriptExists(p1, p2));
    }

    @Override
    public List<Boolean> scriptExists(byte[] p1, byte[]... p2) {
        return keyed("scriptexists", (o, a, b) -> o.scriptExists(a, b), p1, p2);
    }

    @Override
    public Boolean scriptExists(String p1, String p2) {
        return direct("scriptexists", j -> j.scriptExists(p1, p2));
    }

    @Override
    public List<Boolean> scriptExists(String p1, String... p2) {
        return keyed("scriptexists", (o, a, b) -> o.scriptExists(a, b), p1, p2);
    }

    @Override
    public String scriptFlush(byte[] p1) {
        return keyed("scriptflush", (o, a) -> o.scriptFlush(a), p1);
    }

    @Override
    public String scriptFlush(byte[] p1, FlushMode p2) {
        return keyed("scriptflush", (o, a, b) -> o.scriptFlush(a, b), p1, p2);
    }

    @Override
    public String scriptFlush(String p1) {
        return keyed("scriptflush", (o, a) -> o.scriptFlush(a), p1);
    }

    @Override
    public String scriptFlush(String p1, FlushMode p2) {
        return keyed("scriptflush", (o, a, b) -> o.scriptFlush(a, b), p1, p2);
    }

    @Override
    public String scriptKill(byte[] p1) {
        return keyed("scriptkill", (o, a) -> o.scriptKill(a), p1);
    }

    @Override
    public String scriptKill(String p1) {
        return keyed("scriptkill", (o, a) -> o.scriptKill(a), p1);
    }

    @Override
    public byte[] scriptLoad(byte[] p1, byte[] p2) {
        return keyed("scriptload", (o, a, b) -> o.scriptLoad(a, b), p1, p2);
    }

    @Override
    public String scriptLoad(String p1, String p2) {
        return keyed("scriptload", (o, a, b) -> o.scriptLoad(a, b), p1, p2);
    }

    @Override
    public Set<byte[]> sdiff(byte[]... p1) {
        return keyed("sdiff", (o, a) -> o.sdiff(a), p1);
    }

    @Override
    public Set<String> sdiff(String... p1) {
        return keyed("sdiff", (o, a) -> o.sdiff(a), p1);
    }

    @Override
    public long sdiffcard(byte[] p1, byte[] p2, SDiffCardParams p3) {
        return keyed("sdiffcard", (o, a, b, c) -> o.sdiffcard(a, b, c), p1, p2, p3);
    }

    @Override
    public long sdiffcard(byte[]... p1) {
        return keyed("sdiffcard", (o, a) -> o.sdiffcard(a), p1);
    }

    @Override
    public long sdiffcard(byte[][] p1, SDiffCardParams p2) {
        return keyed("sdiffcard", (o, a, b) -> o.sdiffcard(a, b), p1, p2);
    }

    @Override
    public long sdiffcard(String p1, String p2, SDiffCardParams p3) {
        return keyed("sdiffcard", (o, a, b, c) -> o.sdiffcard(a, b, c), p1, p2, p3);
    }

    @Override
    public long sdiffcard(String... p1) {
        return keyed("sdiffcard", (o, a) -> o.sdiffcard(a), p1);
    }

    @Override
    public long sdiffcard(List<String> p1) {
        return keyed("sdiffcard", (o, a) -> o.sdiffcard(a), p1);
    }

    @Override
    public long sdiffcard(List<String> p1, SDiffCardParams p2) {
        return keyed("sdiffcard", (o, a, b) -> o.sdiffcard(a, b), p1, p2);
    }

    @Override
    public long sdiffstore(byte[] p1, byte[]... p2) {
        return keyed("sdiffstore", (o, a, b) -> o.sdiffstore(a, b), p1, p2);
    }

    @Override
    public long sdiffstore(String p1, String... p2) {
        return keyed("sdiffstore", (o, a, b) -> o.sdiffstore(a, b), p1, p2);
    }

    @Override
    public String set(byte[] p1, byte[] p2) {
        return keyed("set", (o, a, b) -> o.set(a, b), p1, p2);
    }

    @Override
    public String set(byte[] p1, byte[] p2, SetParams p3) {
        return keyed("set", (o, a, b, c) -> o.set(a, b, c), p1, p2, p3);
    }

    @Override
    public String set(String p1, String p2) {
        return keyed("set", (o, a, b) -> o.set(a, b), p1, p2);
    }

    @Override
    public String set(String p1, String p2, SetParams p3) {
        return keyed("set", (o, a, b, c) -> o.set(a, b, c), p1, p2, p3);
    }

    @Override
    public byte[] setGet(byte[] p1, byte[] p2) {
        return keyed("setget", (o, a, b) -> o.setGet(a, b), p1, p2);
    }

    @Override
    public byte[] setGet(byte[] p1, byte[] p2, SetParams p3) {
        return keyed("setget", (o, a, b, c) -> o.setGet(a, b, c), p1, p2, p3);
    }

    @Override
    public String setGet(String p1, String p2) {
        return keyed("setget", (o, a, b) -> o.setGet(a, b), p1, p2);
    }

    @Override
    public String setGet(String p1, String p2, SetParams p3) {
        return keyed("setget", (o, a, b, c) -> o.setGet(a, b, c), p1, p2, p3);
    }

    @Override
    public boolean setbit(byte[] p1, long p2, boolean p3) {
        return keyed("setbit", (o, a, b, c) -> o.setbit(a, (long) b, (boolean) c), p1, p2, p3);
    }

    @Override
    public boolean setbit(String p1, long p2, boolean p3) {
        return keyed("setbit", (o, a, b, c) -> o.setbit(a, (long) b, (boolean) c), p1, p2, p3);
    }

    @Override
    public String setex(byte[] p1, long p2, byte[] p3) {
        return keyed("setex", (o, a, b, c) -> o.setex(a, (long) b, c), p1, p2, p3);
    }

    @Override
    public String setex(String p1, long p2, String p3) {
        return keyed("setex", (o, a, b, c) -> o.setex(a, (long) b, c), p1, p2, p3);
    }

    @Override
    public long setnx(byte[] p1, byte[] p2) {
        return keyed("setnx", (o, a, b) -> o.setnx(a, b), p1, p2);
    }

    @Override
    public long setnx(String p1, String p2) {
        return keyed("setnx", (o, a, b) -> o.setnx(a, b), p1, p2);
    }

    @Override
    public long setrange(byte[] p1, long p2, byte[] p3) {
        return keyed("setrange", (o, a, b, c) -> o.setrange(a, (long) b, c), p1, p2, p3);
    }

    @Override
    public long setrange(String p1, long p2, String p3) {
        return keyed("setrange", (o, a, b, c) -> o.setrange(a, (long) b, c), p1, p2, p3);
    }

    @Override
    public Set<byte[]> sinter(byte[]... p1) {
        return keyed("sinter", (o, a) -> o.sinter(a), p1);
    }

    @Override
    public Set<String> sinter(String... p1) {
        return keyed("sinter", (o, a) -> o.sinter(a), p1);
    }

    @Override
    public long sintercard(byte[]... p1) {
        return keyed("sintercard", (o, a) -> o.sintercard(a), p1);
    }

    @Override
    public long sintercard(int p1, byte[]... p2) {
        return keyed("sintercard", (o, a, b) -> o.sintercard((int) a, b), p1, p2);
    }

    @Override
    public long sintercard(int p1, String... p2) {
        return keyed("sintercard", (o, a, b) -> o.sintercard((int) a, b), p1, p2);
    }

    @Override
    public long sintercard(String... p1) {
        return keyed("sintercard", (o, a) -> o.sintercard(a), p1);
    }

    @Override
    public long sinterstore(byte[] p1, byte[]... p2) {
        return keyed("sinterstore", (o, a, b) -> o.sinterstore(a, b), p1, p2);
    }

    @Override
    public long sinterstore(String p1, String... p2) {
        return keyed("sinterstore", (o, a, b) -> o.sinterstore(a, b), p1, p2);
    }

    @Override
    public boolean sismember(byte[] p1, byte[] p2) {
        return keyed("sismember", (o, a, b) -> o.sismember(a, b), p1, p2);
    }

    @Override
    public boolean sismember(String p1, String p2) {
        return keyed("sismember", (o, a, b) -> o.sismember(a, b), p1, p2);
    }

    @Override
    public Set<byte[]> smembers(byte[] p1) {
        return keyed("smembers", (o, a) -> o.smembers(a), p1);
    }

    @Override
    public Set<String> smembers(String p1) {
        return keyed("smembers", (o, a) -> o.smembers(a), p1);
    }

    @Override
    public List<Boolean> smismember(byte[] p1, byte[]... p2) {
        return keyed("smismember", (o, a, b) -> o.smismember(a, b), p1, p2);
    }

    @Override
    public List<Boolean> smismember(String p1, String... p2) {
        return keyed("smismember", (o, a, b) -> o.smismember(a, b), p1, p2);
    }

    @Override
    public long smove(byte[] p1, byte[] p2, byte[] p3) {
        return keyed("smove", (o, a, b, c) -> o.smove(a, b, c), p1, p2, p3);
    }

    @Override
    public long smove(String p1, String p2, String p3) {
        return keyed("smove", (o, a, b, c) -> o.smove(a, b, c), p1, p2, p3);
    }

    @Override
    public List<byte[]> sort(byte[] p1) {
        return keyed("sort", (o, a) -> o.sort(a), p1);
    }

    @Override
    public long sort(byte[] p1, byte[] p2) {
        return keyed("sort", (o, a, b) -> o.sort(a, b), p1, p2);
    }

    @Override
    public List<byte[]> sort(byte[] p1, SortingParams p2) {
        return keyed("sort", (o, a, b) -> o.sort(a, b), p1, p2);
    }

    @Override
    public long sort(byte[] p1, SortingParams p2, byte[] p3) {
        return keyed("sort", (o, a, b, c) -> o.sort(a, b, c), p1, p2, p3);
    }

    @Override
    public List<String> sort(String p1) {
        return keyed("sort", (o, a) -> o.sort(a), p1);
    }

    @Override
    public long sort(String p1, String p2) {
        return keyed("sort", (o, a, b) -> o.sort(a, b), p1, p2);
    }

    @Override
    public List<String> sort(String p1, SortingParams p2) {
        return keyed("sort", (o, a, b) -> o.sort(a, b), p1, p2);
    }

    @Override
    public long sort(String p1, SortingParams p2, String p3) {
        return keyed("sort", (o, a, b, c) -> o.sort(a, b, c), p1, p2, p3);
    }

    @Override
    public List<byte[]> sortReadonly(byte[] p1, SortingParams p2) {
        return keyed("sortreadonly", (o, a, b) -> o.sortReadonly(a, b), p1, p2);
    }

    @Override
    public List<String> sortReadonly(String p1, SortingParams p2) {
        return keyed("sortreadonly", (o, a, b) -> o.sortReadonly(a, b), p1, p2);
    }

    @Override
    public byte[] spop(byte[] p1) {
        return keyed("spop", (o, a) -> o.spop(a), p1);
    }

    @Override
    public Set<byte[]> spop(byte[] p1, long p2) {
        return keyed("spop", (o, a, b) -> o.spop(a, (long) b), p1, p2);
    }

    @Override
    public String spop(String p1) {
        return keyed("spop", (o, a) -> o.spop(a), p1);
    }

    @Override
    public Set<String> spop(String p1, long p2) {
        return keyed("spop", (o, a, b) -> o.spop(a, (long) b), p1, p2);
    }

    @Override
    public byte[] srandmember(byte[] p1) {
        return keyed("srandmember", (o, a) -> o.srandmember(a), p1);
    }

    @Override
    public List<byte[]> srandmember(byte[] p1, int p2) {
        return keyed("srandmember", (o, a, b) -> o.srandmember(a, (int) b), p1, p2);
    }

    @Override
    public String srandmember(String p1) {
        return keyed("srandmember", (o, a) -> o.srandmember(a), p1);
    }

    @Override
    public List<String> srandmember(String p1, int p2) {
        return keyed("srandmember", (o, a, b) -> o.srandmember(a, (int) b), p1, p2);
    }

    @Override
    public long srem(byte[] p1, byte[]... p2) {
        return keyed("srem", (o, a, b) -> o.srem(a, b), p1, p2);
    }

    @Override
    public long srem(String p1, String... p2) {
        return keyed("srem", (o, a, b) -> o.srem(a, b), p1, p2);
    }

    @Override
    public ScanResult<byte[]> sscan(byte[] p1, byte[] p2, ScanParams p3) {
        return keyed("sscan", (o, a, b, c) -> o.sscan(a, b, c), p1, p2, p3);
    }

    @Override
    public ScanResult<String> sscan(String p1, String p2, ScanParams p3) {
        return keyed("sscan", (o, a, b, c) -> o.sscan(a, b, c), p1, p2, p3);
    }

    @Override
    public long strlen(byte[] p1) {
        return keyed("strlen", (o, a) -> o.strlen(a), p1);
    }

    @Override
    public long strlen(String p1) {
        return keyed("strlen", (o, a) -> o.strlen(a), p1);
    }

    @Override
    public byte[] substr(byte[] p1, int p2, int p3) {
        return keyed("substr", (o, a, b, c) -> o.substr(a, (int) b, (int) c), p1, p2, p3);
    }

    @Override
    public String substr(String p1, int p2, int p3) {
        return keyed("substr", (o, a, b, c) -> o.substr(a, (int) b, (int) c), p1, p2, p3);
    }

    @Override
    public Set<byte[]> sunion(byte[]... p1) {
        return keyed("sunion", (o, a) -> o.sunion(a), p1);
    }

    @Override
    public Set<String> sunion(String... p1) {
        return keyed("sunion", (o, a) -> o.sunion(a), p1);
    }

    @Override
    public long sunioncard(byte[] p1, byte[] p2, SUnionCardParams p3) {
        return keyed("sunioncard", (o, a, b, c) -> o.sunioncard(a, b, c), p1, p2, p3);
    }

    @Override
    public long sunioncard(byte[]... p1) {
        return keyed("sunioncard", (o, a) -> o.sunioncard(a), p1);
    }

    @Override
    public long sunioncard(byte[][] p1, SUnionCardParams p2) {
        return keyed("sunioncard", (o, a, b) -> o.sunioncard(a, b), p1, p2);
    }

    @Override
    public long sunioncard(String p1, String p2, SUnionCardParams p3) {
        return keyed("sunioncard", (o, a, b, c) -> o.sunioncard(a, b, c), p1, p2, p3);
    }

    @Override
    public long sunioncard(String... p1) {
        return keyed("sunioncard", (o, a) -> o.sunioncard(a), p1);
    }

    @Override
    public long sunioncard(List<String> p1) {
        return keyed("sunioncard", (o, a) -> o.sunioncard(a), p1);
    }

    @Override
    public long sunioncard(List<String> p1, SUnionCardParams p2) {
        return keyed("sunioncard", (o, a, b) -> o.sunioncard(a, b), p1, p2);
    }

    @Override
    public long sunionstore(byte[] p1, byte[]... p2) {
        return keyed("sunionstore", (o, a, b) -> o.sunionstore(a, b), p1, p2);
    }

    @Override
    public long sunionstore(String p1, String... p2) {
        return keyed("sunionstore", (o, a, b) -> o.sunionstore(a, b), p1, p2);
    }

    @Override
    public long touch(byte[] p1) {
        return keyed("touch", (o, a) -> o.touch(a), p1);
    }

    @Override
    public long touch(byte[]... p1) {
        return crossSlot("touch", (o, a) -> o.touch((byte[][]) a), p1);
    }

    @Override
    public long touch(String p1) {
        return keyed("touch", (o, a) -> o.touch(a), p1);
    }

    @Override
    public long touch(String... p1) {
        return crossSlot("touch", (o, a) -> o.touch((String[]) a), p1);
    }

    @Override
    public long ttl(byte[] p1) {
        return keyed("ttl", (o, a) -> o.ttl(a), p1);
    }

    @Override
    public long ttl(String p1) {
        return keyed("ttl", (o, a) -> o.ttl(a), p1);
    }

    @Override
    public String type(byte[] p1) {
        return keyed("type", (o, a) -> o.type(a), p1);
    }

    @Override
    public String type(String p1) {
        return keyed("type", (o, a) -> o.type(a), p1);
    }

    @Override
    public long unlink(byte[] p1) {
        return keyed("unlink", (o, a) -> o.unlink(a), p1);
    }

    @Override
    public long unlink(byte[]... p1) {
        return crossSlot("unlink", (o, a) -> o.unlink((byte[][]) a), p1);
    }

    @Override
    public long unlink(String p1) {
        return keyed("unlink", (o, a) -> o.unlink(a), p1);
    }

    @Override
    public long unlink(String... p1) {
        return crossSlot("unlink", (o, a) -> o.unlink((String[]) a), p1);
    }

    @Override
    public boolean vadd(byte[] p1, float[] p2, byte[] p3) {
        return keyed("vadd", (o, a, b, c) -> o.vadd(a, b, c), p1, p2, p3);
    }

    @Override
    public boolean vadd(byte[] p1, float[] p2, byte[] p3, int p4, VAddParams p5) {
        return keyed("vadd", (o, a, b, c, d, e) -> o.vadd(a, b, c, (int) d, e), p1, p2, p3, p4, p5);
    }

    @Override
    public boolean vadd(byte[] p1, float[] p2, byte[] p3, VAddParams p4) {
        return keyed("vadd", (o, a, b, c, d) -> o.vadd(a, b, c, d), p1, p2, p3, p4);
    }

    @Override
    public boolean vadd(String p1, float[] p2, String p3) {
        return keyed("vadd", (o, a, b, c) -> o.vadd(a, b, c), p1, p2, p3);
    }

    @Override
    public boolean vadd(String p1, float[] p2, String p3, int p4, VAddParams p5) {
        return keyed("vadd", (o, a, b, c, d, e) -> o.vadd(a, b, c, (int) d, e), p1, p2, p3, p4, p5);
    }

    @Override
    public boolean vadd(String p1, float[] p2, String p3, VAddParams p4) {
        return keyed("vadd", (o, a, b, c, d) -> o.vadd(a, b, c, d), p1, p2, p3, p4);
    }

    @Override
    public boolean vaddFP32(byte[] p1, byte[] p2, byte[] p3) {
        return keyed("vaddfp32", (o, a, b, c) -> o.vaddFP32(a, b, c), p1, p2, p3);
    }

    @Override
    public boolean vaddFP32(byte[] p1, byte[] p2, byte[] p3, int p4, VAddParams p5) {
        return keyed("vaddfp32", (o, a, b, c, d, e) -> o.vaddFP32(a, b, c, (int) d, e), p1, p2, p3, p4, p5);
    }

    @Override
    public boolean vaddFP32(byte[] p1, byte[] p2, byte[] p3, VAddParams p4) {
        return keyed("vaddfp32", (o, a, b, c, d) -> o.vaddFP32(a, b, c, d), p1, p2, p3, p4);
    }

    @Override
    public boolean vaddFP32(String p1, byte[] p2, String p3) {
        return keyed("vaddfp32", (o, a, b, c) -> o.vaddFP32(a, b, c), p1, p2, p3);
    }

    @Override
    public boolean vaddFP32(String p1, byte[] p2, String p3, int p4, VAddParams p5) {
        return keyed("vaddfp32", (o, a, b, c, d, e) -> o.vaddFP32(a, b, c, (int) d, e), p1, p2, p3, p4, p5);
    }

    @Override
    public boolean vaddFP32(String p1, byte[] p2, String p3, VAddParams p4) {
        return keyed("vaddfp32", (o, a, b, c, d) -> o.vaddFP32(a, b, c, d), p1, p2, p3, p4);
    }

    @Override
    public long vcard(byte[] p1) {
        return keyed("vcard", (o, a) -> o.vcard(a), p1);
    }

    @Override
    public long vcard(String p1) {
        return keyed("vcard", (o, a) -> o.vcard(a), p1);
    }

    @Override
    public long vdim(byte[] p1) {
        return keyed("vdim", (o, a) -> o.vdim(a), p1);
    }

    @Override
    public long vdim(String p1) {
        return keyed("vdim", (o, a) -> o.vdim(a), p1);
    }

    @Override
    public List<Double> vemb(byte[] p1, byte[] p2) {
        return keyed("vemb", (o, a, b) -> o.vemb(a, b), p1, p2);
    }

    @Override
    public List<Double> vemb(String p1, String p2) {
        return keyed("vemb", (o, a, b) -> o.vemb(a, b), p1, p2);
    }

    @Override
    public RawVector vembRaw(byte[] p1, byte[] p2) {
        return keyed("vembraw", (o, a, b) -> o.vembRaw(a, b), p1, p2);
    }

    @Override
    public RawVector vembRaw(String p1, String p2) {
        return keyed("vembraw", (o, a, b) -> o.vembRaw(a, b), p1, p2);
    }

    @Override
    public byte[] vgetattr(byte[] p1, byte[] p2) {
        return keyed("vgetattr", (o, a, b) -> o.vgetattr(a, b), p1, p2);
    }

    @Override
    public String vgetattr(String p1, String p2) {
        return keyed("vgetattr", (o, a, b) -> o.vgetattr(a, b), p1, p2);
    }

    @Override
    public VectorInfo vinfo(String p1) {
        return keyed("vinfo", (o, a) -> o.vinfo(a), p1);
    }

    @Override
    public boolean vismember(byte[] p1, byte[] p2) {
        return keyed("vismember", (o, a, b) -> o.vismember(a, b), p1, p2);
    }

    @Override
    public boolean vismember(String p1, String p2) {
        return keyed("vismember", (o, a, b) -> o.vismember(a, b), p1, p2);
    }

    @Override
    public List<List<byte[]>> vlinks(byte[] p1, byte[] p2) {
        return keyed("vlinks", (o, a, b) -> o.vlinks(a, b), p1, p2);
    }

    @Override
    public List<List<String>> vlinks(String p1, String p2) {
        return keyed("vlinks", (o, a, b) -> o.vlinks(a, b), p1, p2);
    }

    @Override
    public List<Map<byte[], Double>> vlinksWithScores(byte[] p1, byte[] p2) {
        return keyed("vlinkswithscores", (o, a, b) -> o.vlinksWithScores(a, b), p1, p2);
    }

    @Override
    public List<Map<String, Double>> vlinksWithScores(String p1, String p2) {
        return keyed("vlinkswithscores", (o, a, b) -> o.vlinksWithScores(a, b), p1, p2);
    }

    @Override
    public byte[] vrandmember(byte[] p1) {
        return keyed("vrandmember", (o, a) -> o.vrandmember(a), p1);
    }

    @Override
    public List<byte[]> vrandmember(byte[] p1, int p2) {
        return keyed("vrandmember", (o, a, b) -> o.vrandmember(a, (int) b), p1, p2);
    }

    @Override
    public String vrandmember(String p1) {
        return keyed("vrandmember", (o, a) -> o.vrandmember(a), p1);
    }

    @Override
    public List<String> vrandmember(String p1, int p2) {
        return keyed("vrandmember", (o, a, b) -> o.vrandmember(a, (int) b), p1, p2);
    }

    @Override
    public boolean vrem(byte[] p1, byte[] p2) {
        return keyed("vrem", (o, a, b) -> o.vrem(a, b), p1, p2);
    }

    @Override
    public boolean vrem(String p1, String p2) {
        return keyed("vrem", (o, a, b) -> o.vrem(a, b), p1, p2);
    }

    @Override
    public boolean vsetattr(byte[] p1, byte[] p2, byte[] p3) {
        return keyed("vsetattr", (o, a, b, c) -> o.vsetattr(a, b, c), p1, p2, p3);
    }

    @Override
    public boolean vsetattr(String p1, String p2, String p3) {
        return keyed("vsetattr", (o, a, b, c) -> o.vsetattr(a, b, c), p1, p2, p3);
    }

    @Override
    public List<byte[]> vsim(byte[] p1, float[] p2) {
        return keyed("vsim", (o, a, b) -> o.vsim(a, b), p1, p2);
    }

    @Override
    public List<byte[]> vsim(byte[] p1, float[] p2, VSimParams p3) {
        return keyed("vsim", (o, a, b, c) -> o.vsim(a, b, c), p1, p2, p3);
    }

    @Override
    public List<String> vsim(String p1, float[] p2) {
        return keyed("vsim", (o, a, b) -> o.vsim(a, b), p1, p2);
    }

    @Override
    public List<String> vsim(String p1, float[] p2, VSimParams p3) {
        return keyed("vsim", (o, a, b, c) -> o.vsim(a, b, c), p1, p2, p3);
    }

    @Override
    public List<byte[]> vsimByElement(byte[] p1, byte[] p2) {
        return keyed("vsimbyelement", (o, a, b) -> o.vsimByElement(a, b), p1, p2);
    }

    @Override
    public List<byte[]> vsimByElement(byte[] p1, byte[] p2, VSimParams p3) {
        return keyed("vsimbyelement", (o, a, b, c) -> o.vsimByElement(a, b, c), p1, p2, p3);
    }

    @Override
    public List<String> vsimByElement(String p1, String p2) {
        return keyed("vsimbyelement", (o, a, b) -> o.vsimByElement(a, b), p1, p2);
    }

    @Override
    public List<String> vsimByElement(String p1, String p2, VSimParams p3) {
        return keyed("vsimbyelement", (o, a, b, c) -> o.vsimByElement(a, b, c), p1, p2, p3);
    }

    @Override
    public Map<byte[], Double> vsimByElementWithScores(byte[] p1, byte[] p2, VSimParams p3) {
        return keyed("vsimbyelementwithscores", (o, a, b, c) -> o.vsimByElementWithScores(a, b, c), p1, p2, p3);
    }

    @Override
    public Map<String, Double> vsimByElementWithScores(String p1, String p2, VSimParams p3) {
        return keyed("vsimbyelementwithscores", (o, a, b, c) -> o.vsimByElementWithScores(a, b, c), p1, p2, p3);
    }

    @Override
    public Map<byte[], VSimScoreAttribs> vsimByElementWithScoresAndAttribs(byte[] p1, byte[] p2, VSimParams p3) {
        return keyed("vsimbyelementwithscoresandattribs", (o, a, b, c) -> o.vsimByElementWithScoresAndAttribs(a, b, c), p1, p2, p3);
    }

    @Override
    public Map<String, VSimScoreAttribs> vsimByElementWithScoresAndAttribs(String p1, String p2, VSimParams p3) {
        return keyed("vsimbyelementwithscoresandattribs", (o, a, b, c) -> o.vsimByElementWithScoresAndAttribs(a, b, c), p1, p2, p3);
    }

    @Override
    public Map<byte[], Double> vsimWithScores(byte[] p1, float[] p2, VSimParams p3) {
        return keyed("vsimwithscores", (o, a, b, c) -> o.vsimWithScores(a, b, c), p1, p2, p3);
    }

    @Override
    public Map<String, Double> vsimWithScores(String p1, float[] p2, VSimParams p3) {
        return keyed("vsimwithscores", (o, a, b, c) -> o.vsimWithScores(a, b, c), p1, p2, p3);
    }

    @Override
    public Map<byte[], VSimScoreAttribs> vsimWithScoresAndAttribs(byte[] p1, float[] p2, VSimParams p3) {
        return keyed("vsimwithscoresandattribs", (o, a, b, c) -> o.vsimWithScoresAndAttribs(a, b, c), p1, p2, p3);
    }

    @Override
    public Map<String, VSimScoreAttribs> vsimWithScoresAndAttribs(String p1, float[] p2, VSimParams p3) {
        return keyed("vsimwithscoresandattribs", (o, a, b, c) -> o.vsimWithScoresAndAttribs(a, b, c), p1, p2, p3);
    }

    @Override
    public KeyValue<Long, Long> waitAOF(byte[] p1, long p2, long p3, long p4) {
        return refused("waitaof");
    }

    @Override
    public KeyValue<Long, Long> waitAOF(String p1, long p2, long p3, long p4) {
        return refused("waitaof");
    }

    @Override
    public long waitReplicas(byte[] p1, int p2, long p3) {
        return refused("waitreplicas");
    }

    @Override
    public long waitReplicas(String p1, int p2, long p3) {
        return refused("waitreplicas");
    }

    @Override
    public long xack(byte[] p1, byte[] p2, byte[]... p3) {
        return keyed("xack", (o, a, b, c) -> o.xack(a, b, c), p1, p2, p3);
    }

    @Override
    public long xack(String p1, String p2, StreamEntryID... p3) {
        return keyed("xack", (o, a, b, c) -> o.xack(a, b, c), p1, p2, p3);
    }

    @Override
    public List<StreamEntryDeletionResult> xackdel(byte[] p1, byte[] p2, byte[]... p3) {
        return keyed("xackdel", (o, a, b, c) -> o.xackdel(a, b, c), p1, p2, p3);
    }

    @Override
    public List<StreamEntryDeletionResult> xackdel(byte[] p1, byte[] p2, StreamDeletionPolicy p3, byte[]... p4) {
        return keyed("xackdel", (o, a, b, c, d) -> o.xackdel(a, b, c, d), p1, p2, p3, p4);
    }

    @Override
    public List<StreamEntryDeletionResult> xackdel(String p1, String p2, StreamEntryID... p3) {
        return keyed("xackdel", (o, a, b, c) -> o.xackdel(a, b, c), p1, p2, p3);
    }

    @Override
    public List<StreamEntryDeletionResult> xackdel(String p1, String p2, StreamDeletionPolicy p3, StreamEntryID... p4) {
        return keyed("xackdel", (o, a, b, c, d) -> o.xackdel(a, b, c, d), p1, p2, p3, p4);
    }

    @Override
    public byte[] xadd(byte[] p1, XAddParams p2, Map<byte[], byte[]> p3) {
        return keyed("xadd", (o, a, b, c) -> o.xadd(a, b, c), p1, p2, p3);
    }

    @Override
    public StreamEntryID xadd(String p1, StreamEntryID p2, Map<String, String> p3) {
        return keyed("xadd", (o, a, b, c) -> o.xadd(a, b, c), p1, p2, p3);
    }

    @Override
    public StreamEntryID xadd(String p1, XAddParams p2, Map<String, String> p3) {
        return keyed("xadd", (o, a, b, c) -> o.xadd(a, b, c), p1, p2, p3);
    }

    @Override
    public List<Object> xautoclaim(byte[] p1, byte[] p2, byte[] p3, long p4, byte[] p5, XAutoClaimParams p6) {
        return keyed("xautoclaim", (o, a, b, c, d, e, f) -> o.xautoclaim(a, b, c, (long) d, e, f), p1, p2, p3, p4, p5, p6);
    }

    @Override
    public Map.Entry<StreamEntryID, List<StreamEntry>> xautoclaim(String p1, String p2, String p3, long p4, StreamEntryID p5, XAutoClaimParams p6) {
        return keyed("xautoclaim", (o, a, b, c, d, e, f) -> o.xautoclaim(a, b, c, (long) d, e, f), p1, p2, p3, p4, p5, p6);
    }

    @Override
    public List<Object> xautoclaimJustId(byte[] p1, byte[] p2, byte[] p3, long p4, byte[] p5, XAutoClaimParams p6) {
        return keyed("xautoclaimjustid", (o, a, b, c, d, e, f) -> o.xautoclaimJustId(a, b, c, (long) d, e, f), p1, p2, p3, p4, p5, p6);
    }

    @Override
    public Map.Entry<StreamEntryID, List<StreamEntryID>> xautoclaimJustId(String p1, String p2, String p3, long p4, StreamEntryID p5, XAutoClaimParams p6) {
        return keyed("xautoclaimjustid", (o, a, b, c, d, e, f) -> o.xautoclaimJustId(a, b, c, (long) d, e, f), p1, p2, p3, p4, p5, p6);
    }

    @Override
    public byte[] xcfgset(byte[] p1, XCfgSetParams p2) {
        return keyed("xcfgset", (o, a, b) -> o.xcfgset(a, b), p1, p2);
    }

    @Override
    public String xcfgset(String p1, XCfgSetParams p2) {
        return keyed("xcfgset", (o, a, b) -> o.xcfgset(a, b), p1, p2);
    }

    @Override
    public List<byte[]> xclaim(byte[] p1, byte[] p2, byte[] p3, long p4, XClaimParams p5, byte[]... p6) {
        return keyed("xclaim", (o, a, b, c, d, e, f) -> o.xclaim(a, b, c, (long) d, e, f), p1, p2, p3, p4, p5, p6);
    }

    @Override
    public List<StreamEntry> xclaim(String p1, String p2, String p3, long p4, XClaimParams p5, StreamEntryID... p6) {
        return keyed("xclaim", (o, a, b, c, d, e, f) -> o.xclaim(a, b, c, (long) d, e, f), p1, p2, p3, p4, p5, p6);
    }

    @Override
    public List<byte[]> xclaimJustId(byte[] p1, byte[] p2, byte[] p3, long p4, XClaimParams p5, byte[]... p6) {
        return keyed("xclaimjustid", (o, a, b, c, d, e, f) -> o.xclaimJustId(a, b, c, (long) d, e, f), p1, p2, p3, p4, p5, p6);
    }

    @Override
    public List<StreamEntryID> xclaimJustId(String p1, String p2, String p3, long p4, XClaimParams p5, StreamEntryID... p6) {
        return keyed("xclaimjustid", (o, a, b, c, d, e, f) -> o.xclaimJustId(a, b, c, (long) d, e, f), p1, p2, p3, p4, p5, p6);
    }

    @Override
    public long xdel(byte[] p1, byte[]... p2) {
        return keyed("xdel", (o, a, b) -> o.xdel(a, b), p1, p2);
    }

    @Override
    public long xdel(String p1, StreamEntryID... p2) {
        return keyed("xdel", (o, a, b) -> o.xdel(a, b), p1, p2);
    }

    @Override
    public List<StreamEntryDeletionResult> xdelex(byte[] p1, byte[]... p2) {
        return keyed("xdelex", (o, a, b) -> o.xdelex(a, b), p1, p2);
    }

    @Override
    public List<StreamEntryDeletionResult> xdelex(byte[] p1, StreamDeletionPolicy p2, byte[]... p3) {
        return keyed("xdelex", (o, a, b, c) -> o.xdelex(a, b, c), p1, p2, p3);
    }

    @Override
    public List<StreamEntryDeletionResult> xdelex(String p1, StreamEntryID... p2) {
        return keyed("xdelex", (o, a, b) -> o.xdelex(a, b), p1, p2);
    }

    @Override
    public List<StreamEntryDeletionResult> xdelex(String p1, StreamDeletionPolicy p2, StreamEntryID... p3) {
        return keyed("xdelex", (o, a, b, c) -> o.xdelex(a, b, c), p1, p2, p3);
    }

    @Override
    public String xgroupCreate(byte[] p1, byte[] p2, byte[] p3, boolean p4) {
        return keyed("xgroupcreate", (o, a, b, c, d) -> o.xgroupCreate(a, b, c, (boolean) d), p1, p2, p3, p4);
    }

    @Override
    public String xgroupCreate(String p1, String p2, StreamEntryID p3, boolean p4) {
        return keyed("xgroupcreate", (o, a, b, c, d) -> o.xgroupCreate(a, b, c, (boolean) d), p1, p2, p3, p4);
    }

    @Override
    public boolean xgroupCreateConsumer(byte[] p1, byte[] p2, byte[] p3) {
        return keyed("xgroupcreateconsumer", (o, a, b, c) -> o.xgroupCreateConsumer(a, b, c), p1, p2, p3);
    }

    @Override
    public boolean xgroupCreateConsumer(String p1, String p2, String p3) {
        return keyed("xgroupcreateconsumer", (o, a, b, c) -> o.xgroupCreateConsumer(a, b, c), p1, p2, p3);
    }

    @Override
    public long xgroupDelConsumer(byte[] p1, byte[] p2, byte[] p3) {
        return keyed("xgroupdelconsumer", (o, a, b, c) -> o.xgroupDelConsumer(a, b, c), p1, p2, p3);
    }

    @Override
    public long xgroupDelConsumer(String p1, String p2, String p3) {
        return keyed("xgroupdelconsumer", (o, a, b, c) -> o.xgroupDelConsumer(a, b, c), p1, p2, p3);
    }

    @Override
    public long xgroupDestroy(byte[] p1, byte[] p2) {
        return keyed("xgroupdestroy", (o, a, b) -> o.xgroupDestroy(a, b), p1, p2);
    }

    @Override
    public long xgroupDestroy(String p1, String p2) {
        return keyed("xgroupdestroy", (o, a, b) -> o.xgroupDestroy(a, b), p1, p2);
    }

    @Override
    public String xgroupSetID(byte[] p1, byte[] p2, byte[] p3) {
        return keyed("xgroupsetid", (o, a, b, c) -> o.xgroupSetID(a, b, c), p1, p2, p3);
    }

    @Override
    public String xgroupSetID(String p1, String p2, StreamEntryID p3) {
        return keyed("xgroupsetid", (o, a, b, c) -> o.xgroupSetID(a, b, c), p1, p2, p3);
    }

    @Override
    public List<Object> xinfoConsumers(byte[] p1, byte[] p2) {
        return keyed("xinfoconsumers", (o, a, b) -> o.xinfoConsumers(a, b), p1, p2);
    }

    @Override
    public List<StreamConsumersInfo> xinfoConsumers(String p1, String p2) {
        return keyed("xinfoconsumers", (o, a, b) -> o.xinfoConsumers(a, b), p1, p2);
    }

    @Override
    public List<StreamConsumerInfo> xinfoConsumers2(String p1, String p2) {
        return keyed("xinfoconsumers2", (o, a, b) -> o.xinfoConsumers2(a, b), p1, p2);
    }

    @Override
    public List<Object> xinfoGroups(byte[] p1) {
        return keyed("xinfogroups", (o, a) -> o.xinfoGroups(a), p1);
    }

    @Override
    public List<StreamGroupInfo> xinfoGroups(String p1) {
        return keyed("xinfogroups", (o, a) -> o.xinfoGroups(a), p1);
    }

    @Override
    public Object xinfoStream(byte[] p1) {
        return keyed("xinfostream", (o, a) -> o.xinfoStream(a), p1);
    }

    @Override
    public StreamInfo xinfoStream(String p1) {
        return keyed("xinfostream", (o, a) -> o.xinfoStream(a), p1);
    }

    @Override
    public Object xinfoStreamFull(byte[] p1) {
        return keyed("xinfostreamfull", (o, a) -> o.xinfoStreamFull(a), p1);
    }

    @Override
    public Object xinfoStreamFull(byte[] p1, int p2) {
        return keyed("xinfostreamfull", (o, a, b) -> o.xinfoStreamFull(a, (int) b), p1, p2);
    }

    @Override
    public StreamFullInfo xinfoStreamFull(String p1) {
        return keyed("xinfostreamfull", (o, a) -> o.xinfoStreamFull(a), p1);
    }

    @Override
    public StreamFullInfo xinfoStreamFull(String p1, int p2) {
        return keyed("xinfostreamfull", (o, a, b) -> o.xinfoStreamFull(a, (int) b), p1, p2);
    }

    @Override
    public long xlen(byte[] p1) {
        return keyed("xlen", (o, a) -> o.xlen(a), p1);
    }

    @Override
    public long xlen(String p1) {
        return keyed("xlen", (o, a) -> o.xlen(a), p1);
    }

    @Override
    public long xnack(byte[] p1, byte[] p2, XNackMode p3, byte[]... p4) {
        return keyed("xnack", (o, a, b, c, d) -> o.xnack(a, b, c, d), p1, p2, p3, p4);
    }

    @Override
    public long xnack(String p1, String p2, XNackMode p3, StreamEntryID... p4) {
        return keyed("xnack", (o, a, b, c, d) -> o.xnack(a, b, c, d), p1, p2, p3, p4);
    }

    @Override
    public Object xpending(byte[] p1, byte[] p2) {
        return keyed("xpending", (o, a, b) -> o.xpending(a, b), p1, p2);
    }

    @Override
    public List<Object> xpending(byte[] p1, byte[] p2, XPendingParams p3) {
        return keyed("xpending", (o, a, b, c) -> o.xpending(a, b, c), p1, p2, p3);
    }

    @Override
    public StreamPendingSummary xpending(String p1, String p2) {
        return keyed("xpending", (o, a, b) -> o.xpending(a, b), p1, p2);
    }

    @Override
    public List<StreamPendingEntry> xpending(String p1, String p2, XPendingParams p3) {
        return keyed("xpending", (o, a, b, c) -> o.xpending(a, b, c), p1, p2, p3);
    }

    @Override
    public List<Object> xrange(byte[] p1, byte[] p2, byte[] p3) {
        return keyed("xrange", (o, a, b, c) -> o.xrange(a, b, c), p1, p2, p3);
    }

    @Override
    public List<Object> xrange(byte[] p1, byte[] p2, byte[] p3, int p4) {
        return keyed("xrange", (o, a, b, c, d) -> o.xrange(a, b, c, (int) d), p1, p2, p3, p4);
    }

    @Override
    public List<StreamEntry> xrange(String p1, String p2, String p3) {
        return keyed("xrange", (o, a, b, c) -> o.xrange(a, b, c), p1, p2, p3);
    }

    @Override
    public List<StreamEntry> xrange(String p1, String p2, String p3, int p4) {
        return keyed("xrange", (o, a, b, c, d) -> o.xrange(a, b, c, (int) d), p1, p2, p3, p4);
    }

    @Override
    public List<StreamEntry> xrange(String p1, StreamEntryID p2, StreamEntryID p3) {
        return keyed("xrange", (o, a, b, c) -> o.xrange(a, b, c), p1, p2, p3);
    }

    @Override
    public List<StreamEntry> xrange(String p1, StreamEntryID p2, StreamEntryID p3, int p4) {
        return keyed("xrange", (o, a, b, c, d) -> o.xrange(a, b, c, (int) d), p1, p2, p3, p4);
    }

    @Override
    public List<Object> xread(XReadParams p1, Map.Entry<byte[], byte[]>... p2) {
        return keyed("xread", (o, a, b) -> o.xread(a, b), p1, p2);
    }

    @Override
    public List<Map.Entry<String, List<StreamEntry>>> xread(XReadParams p1, Map<String, StreamEntryID> p2) {
        return keyed("xread", (o, a, b) -> o.xread(a, b), p1, p2);
    }

    @Override
    public Map<String, List<StreamEntry>> xreadAsMap(XReadParams p1, Map<String, StreamEntryID> p2) {
        return keyed("xreadasmap", (o, a, b) -> o.xreadAsMap(a, b), p1, p2);
    }

    @Override
    public List<Map.Entry<byte[], List<StreamEntryBinary>>> xreadBinary(XReadParams p1, Map<byte[], StreamEntryID> p2) {
        return keyed("xreadbinary", (o, a, b) -> o.xreadBinary(a, b), p1, p2);
    }

    @Override
    public Map<byte[], List<StreamEntryBinary>> xreadBinaryAsMap(XReadParams p1, Map<byte[], StreamEntryID> p2) {
        return keyed("xreadbinaryasmap", (o, a, b) -> o.xreadBinaryAsMap(a, b), p1, p2);
    }

    @Override
    public List<Object> xreadGroup(byte[] p1, byte[] p2, XReadGroupParams p3, Map.Entry<byte[], byte[]>... p4) {
        return keyed("xreadgroup", (o, a, b, c, d) -> o.xreadGroup(a, b, c, d), p1, p2, p3, p4);
    }

    @Override
    public List<Map.Entry<String, List<StreamEntry>>> xreadGroup(String p1, String p2, XReadGroupParams p3, Map<String, StreamEntryID> p4) {
        return keyed("xreadgroup", (o, a, b, c, d) -> o.xreadGroup(a, b, c, d), p1, p2, p3, p4);
    }

    @Override
    public Map<String, List<StreamEntry>> xreadGroupAsMap(String p1, String p2, XReadGroupParams p3, Map<String, StreamEntryID> p4) {
        return keyed("xreadgroupasmap", (o, a, b, c, d) -> o.xreadGroupAsMap(a, b, c, d), p1, p2, p3, p4);
    }

    @Override
    public List<Map.Entry<byte[], List<StreamEntryBinary>>> xreadGroupBinary(byte[] p1, byte[] p2, XReadGroupParams p3, Map<byte[], StreamEntryID> p4) {
        return keyed("xreadgroupbinary", (o, a, b, c, d) -> o.xreadGroupBinary(a, b, c, d), p1, p2, p3, p4);
    }

    @Override
    public Map<byte[], List<StreamEntryBinary>> xreadGroupBinaryAsMap(byte[] p1, byte[] p2, XReadGroupParams p3, Map<byte[], StreamEntryID> p4) {
        return keyed("xreadgroupbinaryasmap", (o, a, b, c, d) -> o.xreadGroupBinaryAsMap(a, b, c, d), p1, p2, p3, p4);
    }

    @Override
    public List<Object> xrevrange(byte[] p1, byte[] p2, byte[] p3) {
        return keyed("xrevrange", (o, a, b, c) -> o.xrevrange(a, b, c), p1, p2, p3);
    }

    @Override
    public List<Object> xrevrange(byte[] p1, byte[] p2, byte[] p3, int p4) {
        return keyed("xrevrange", (o, a, b, c, d) -> o.xrevrange(a, b, c, (int) d), p1, p2, p3, p4);
    }

    @Override
    public List<StreamEntry> xrevrange(String p1, String p2, String p3) {
        return keyed("xrevrange", (o, a, b, c) -> o.xrevrange(a, b, c), p1, p2, p3);
    }

    @Override
    public List<StreamEntry> xrevrange(String p1, String p2, String p3, int p4) {
        return keyed("xrevrange", (o, a, b, c, d) -> o.xrevrange(a, b, c, (int) d), p1, p2, p3, p4);
    }

    @Override
    public List<StreamEntry> xrevrange(String p1, StreamEntryID p2, StreamEntryID p3) {
        return keyed("xrevrange", (o, a, b, c) -> o.xrevrange(a, b, c), p1, p2, p3);
    }

    @Override
    public List<StreamEntry> xrevrange(String p1, StreamEntryID p2, StreamEntryID p3, int p4) {
        return keyed("xrevrange", (o, a, b, c, d) -> o.xrevrange(a, b, c, (int) d), p1, p2, p3, p4);
    }

    @Override
    public long xtrim(byte[] p1, long p2, boolean p3) {
        return keyed("xtrim", (o, a, b, c) -> o.xtrim(a, (long) b, (boolean) c), p1, p2, p3);
    }

    @Override
    public long xtrim(byte[] p1, XTrimParams p2) {
        return keyed("xtrim", (o, a, b) -> o.xtrim(a, b), p1, p2);
    }

    @Override
    public long xtrim(String p1, long p2, boolean p3) {
        return keyed("xtrim", (o, a, b, c) -> o.xtrim(a, (long) b, (boolean) c), p1, p2, p3);
    }

    @Override
    public long xtrim(String p1, XTrimParams p2) {
        return keyed("xtrim", (o, a, b) -> o.xtrim(a, b), p1, p2);
    }

    @Override
    public long zadd(byte[] p1, double p2, byte[] p3) {
        return keyed("zadd", (o, a, b, c) -> o.zadd(a, (double) b, c), p1, p2, p3);
    }

    @Override
    public long zadd(byte[] p1, double p2, byte[] p3, ZAddParams p4) {
        return keyed("zadd", (o, a, b, c, d) -> o.zadd(a, (double) b, c, d), p1, p2, p3, p4);
    }

    @Override
    public long zadd(byte[] p1, Map<byte[], Double> p2) {
        return keyed("zadd", (o, a, b) -> o.zadd(a, b), p1, p2);
    }

    @Override
    public long zadd(byte[] p1, Map<byte[], Double> p2, ZAddParams p3) {
        return keyed("zadd", (o, a, b, c) -> o.zadd(a, b, c), p1, p2, p3);
    }

    @Override
    public long zadd(String p1, double p2, String p3) {
        return keyed("zadd", (o, a, b, c) -> o.zadd(a, (double) b, c), p1, p2, p3);
    }

    @Override
    public long zadd(String p1, double p2, String p3, ZAddParams p4) {
        return keyed("zadd", (o, a, b, c, d) -> o.zadd(a, (double) b, c, d), p1, p2, p3, p4);
    }

    @Override
    public long zadd(String p1, Map<String, Double> p2) {
        return keyed("zadd", (o, a, b) -> o.zadd(a, b), p1, p2);
    }

    @Override
    public long zadd(String p1, Map<String, Double> p2, ZAddParams p3) {
        return keyed("zadd", (o, a, b, c) -> o.zadd(a, b, c), p1, p2, p3);
    }

    @Override
    public Double zaddIncr(byte[] p1, double p2, byte[] p3, ZAddParams p4) {
        return keyed("zaddincr", (o, a, b, c, d) -> o.zaddIncr(a, (double) b, c, d), p1, p2, p3, p4);
    }

    @Override
    public Double zaddIncr(String p1, double p2, String p3, ZAddParams p4) {
        return keyed("zaddincr", (o, a, b, c, d) -> o.zaddIncr(a, (double) b, c, d), p1, p2, p3, p4);
    }

    @Override
    public long zcard(byte[] p1) {
        return keyed("zcard", (o, a) -> o.zcard(a), p1);
    }

    @Override
    public long zcard(String p1) {
        return keyed("zcard", (o, a) -> o.zcard(a), p1);
    }

    @Override
    public long zcount(byte[] p1, byte[] p2, byte[] p3) {
        return keyed("zcount", (o, a, b, c) -> o.zcount(a, b, c), p1, p2, p3);
    }

    @Override
    public long zcount(byte[] p1, double p2, double p3) {
        return keyed("zcount", (o, a, b, c) -> o.zcount(a, (double) b, (double) c), p1, p2, p3);
    }

    @Override
    public long zcount(String p1, double p2, double p3) {
        return keyed("zcount", (o, a, b, c) -> o.zcount(a, (double) b, (double) c), p1, p2, p3);
    }

    @Override
    public long zcount(String p1, String p2, String p3) {
        return keyed("zcount", (o, a, b, c) -> o.zcount(a, b, c), p1, p2, p3);
    }

    @Override
    public List<byte[]> zdiff(byte[]... p1) {
        return keyed("zdiff", (o, a) -> o.zdiff(a), p1);
    }

    @Override
    public List<String> zdiff(String... p1) {
        return keyed("zdiff", (o, a) -> o.zdiff(a), p1);
    }

    @Override
    public long zdiffStore(byte[] p1, byte[]... p2) {
        return keyed("zdiffstore", (o, a, b) -> o.zdiffStore(a, b), p1, p2);
    }

    @Override
    public long zdiffStore(String p1, String... p2) {
        return keyed("zdiffstore", (o, a, b) -> o.zdiffStore(a, b), p1, p2);
    }

    @Override
    public List<Tuple> zdiffWithScores(byte[]... p1) {
        return keyed("zdiffwithscores", (o, a) -> o.zdiffWithScores(a), p1);
    }

    @Override
    public List<Tuple> zdiffWithScores(String... p1) {
        return keyed("zdiffwithscores", (o, a) -> o.zdiffWithScores(a), p1);
    }

    @Override
    public long zdiffstore(byte[] p1, byte[]... p2) {
        return keyed("zdiffstore", (o, a, b) -> o.zdiffstore(a, b), p1, p2);
    }

    @Override
    public long zdiffstore(String p1, String... p2) {
        return keyed("zdiffstore", (o, a, b) -> o.zdiffstore(a, b), p1, p2);
    }

    @Override
    public double zincrby(byte[] p1, double p2, byte[] p3) {
        return keyed("zincrby", (o, a, b, c) -> o.zincrby(a, (double) b, c), p1, p2, p3);
    }

    @Override
    public Double zincrby(byte[] p1, double p2, byte[] p3, ZIncrByParams p4) {
        return keyed("zincrby", (o, a, b, c, d) -> o.zincrby(a, (double) b, c, d), p1, p2, p3, p4);
    }

    @Override
    public double zincrby(String p1, double p2, String p3) {
        return keyed("zincrby", (o, a, b, c) -> o.zincrby(a, (double) b, c), p1, p2, p3);
    }

    @Override
    public Double zincrby(String p1, double p2, String p3, ZIncrByParams p4) {
        return keyed("zincrby", (o, a, b, c, d) -> o.zincrby(a, (double) b, c, d), p1, p2, p3, p4);
    }

    @Override
    public List<byte[]> zinter(ZParams p1, byte[]... p2) {
        return keyed("zinter", (o, a, b) -> o.zinter(a, b), p1, p2);
    }

    @Override
    public List<String> zinter(ZParams p1, String... p2) {
        return keyed("zinter", (o, a, b) -> o.zinter(a, b), p1, p2);
    }

    @Override
    public List<Tuple> zinterWithScores(ZParams p1, byte[]... p2) {
        return keyed("zinterwithscores", (o, a, b) -> o.zinterWithScores(a, b), p1, p2);
    }

    @Override
    public List<Tuple> zinterWithScores(ZParams p1, String... p2) {
        return keyed("zinterwithscores", (o, a, b) -> o.zinterWithScores(a, b), p1, p2);
    }

    @Override
    public long zintercard(byte[]... p1) {
        return keyed("zintercard", (o, a) -> o.zintercard(a), p1);
    }

    @Override
    public long zintercard(String... p1) {
        return keyed("zintercard", (o, a) -> o.zintercard(a), p1);
    }

    @Override
    public long zintercard(long p1, byte[]... p2) {
        return keyed("zintercard", (o, a, b) -> o.zintercard((long) a, b), p1, p2);
    }

    @Override
    public long zintercard(long p1, String... p2) {
        return keyed("zintercard", (o, a, b) -> o.zintercard((long) a, b), p1, p2);
    }

    @Override
    public long zinterstore(byte[] p1, byte[]... p2) {
        return keyed("zinterstore", (o, a, b) -> o.zinterstore(a, b), p1, p2);
    }

    @Override
    public long zinterstore(byte[] p1, ZParams p2, byte[]... p3) {
        return keyed("zinterstore", (o, a, b, c) -> o.zinterstore(a, b, c), p1, p2, p3);
    }

    @Override
    public long zinterstore(String p1, String... p2) {
        return keyed("zinterstore", (o, a, b) -> o.zinterstore(a, b), p1, p2);
    }

    @Override
    public long zinterstore(String p1, ZParams p2, String... p3) {
        return keyed("zinterstore", (o, a, b, c) -> o.zinterstore(a, b, c), p1, p2, p3);
    }

    @Override
    public long zlexcount(byte[] p1, byte[] p2, byte[] p3) {
        return keyed("zlexcount", (o, a, b, c) -> o.zlexcount(a, b, c), p1, p2, p3);
    }

    @Override
    public long zlexcount(String p1, String p2, String p3) {
        return keyed("zlexcount", (o, a, b, c) -> o.zlexcount(a, b, c), p1, p2, p3);
    }

    @Override
    public KeyValue<byte[], List<Tuple>> zmpop(SortedSetOption p1, byte[]... p2) {
        return keyed("zmpop", (o, a, b) -> o.zmpop(a, b), p1, p2);
    }

    @Override
    public KeyValue<byte[], List<Tuple>> zmpop(SortedSetOption p1, int p2, byte[]... p3) {
        return keyed("zmpop", (o, a, b, c) -> o.zmpop(a, (int) b, c), p1, p2, p3);
    }

    @Override
    public KeyValue<String, List<Tuple>> zmpop(SortedSetOption p1, int p2, String... p3) {
        return keyed("zmpop", (o, a, b, c) -> o.zmpop(a, (int) b, c), p1, p2, p3);
    }

    @Override
    public KeyValue<String, List<Tuple>> zmpop(SortedSetOption p1, String... p2) {
        return keyed("zmpop", (o, a, b) -> o.zmpop(a, b), p1, p2);
    }

    @Override
    public List<Double> zmscore(byte[] p1, byte[]... p2) {
        return keyed("zmscore", (o, a, b) -> o.zmscore(a, b), p1, p2);
    }

    @Override
    public List<Double> zmscore(String p1, String... p2) {
        return keyed("zmscore", (o, a, b) -> o.zmscore(a, b), p1, p2);
    }

    @Override
    public Tuple zpopmax(byte[] p1) {
        return keyed("zpopmax", (o, a) -> o.zpopmax(a), p1);
    }

    @Override
    public List<Tuple> zpopmax(byte[] p1, int p2) {
        return keyed("zpopmax", (o, a, b) -> o.zpopmax(a, (int) b), p1, p2);
    }

    @Override
    public Tuple zpopmax(String p1) {
        return keyed("zpopmax", (o, a) -> o.zpopmax(a), p1);
    }

    @Override
    public List<Tuple> zpopmax(String p1, int p2) {
        return keyed("zpopmax", (o, a, b) -> o.zpopmax(a, (int) b), p1, p2);
    }

    @Override
    public Tuple zpopmin(byte[] p1) {
        return keyed("zpopmin", (o, a) -> o.zpopmin(a), p1);
    }

    @Override
    public List<Tuple> zpopmin(byte[] p1, int p2) {
        return keyed("zpopmin", (o, a, b) -> o.zpopmin(a, (int) b), p1, p2);
    }

    @Override
    public Tuple zpopmin(String p1) {
        return keyed("zpopmin", (o, a) -> o.zpopmin(a), p1);
    }

    @Override
    public List<Tuple> zpopmin(String p1, int p2) {
        return keyed("zpopmin", (o, a, b) -> o.zpopmin(a, (int) b), p1, p2);
    }

    @Override
    public byte[] zrandmember(byte[] p1) {
        return keyed("zrandmember", (o, a) -> o.zrandmember(a), p1);
    }

    @Override
    public List<byte[]> zrandmember(byte[] p1, long p2) {
        return keyed("zrandmember", (o, a, b) -> o.zrandmember(a, (long) b), p1, p2);
    }

    @Override
    public String zrandmember(String p1) {
        return keyed("zrandmember", (o, a) -> o.zrandmember(a), p1);
    }

    @Override
    public List<String> zrandmember(String p1, long p2) {
        return keyed("zrandmember", (o, a, b) -> o.zrandmember(a, (long) b), p1, p2);
    }

    @Override
    public List<Tuple> zrandmemberWithScores(byte[] p1, long p2) {
        return keyed("zrandmemberwithscores", (o, a, b) -> o.zrandmemberWithScores(a, (long) b), p1, p2);
    }

    @Override
    public List<Tuple> zrandmemberWithScores(String p1, long p2) {
        return keyed("zrandmemberwithscores", (o, a, b) -> o.zrandmemberWithScores(a, (long) b), p1, p2);
    }

    @Override
    public List<byte[]> zrange(byte[] p1, long p2, long p3) {
        return keyed("zrange", (o, a, b, c) -> o.zrange(a, (long) b, (long) c), p1, p2, p3);
    }

    @Override
    public List<byte[]> zrange(byte[] p1, ZRangeParams p2) {
        return keyed("zrange", (o, a, b) -> o.zrange(a, b), p1, p2);
    }

    @Override
    public List<String> zrange(String p1, long p2, long p3) {
        return keyed("zrange", (o, a, b, c) -> o.zrange(a, (long) b, (long) c), p1, p2, p3);
    }

    @Override
    public List<String> zrange(String p1, ZRangeParams p2) {
        return keyed("zrange", (o, a, b) -> o.zrange(a, b), p1, p2);
    }

    @Override
    public List<byte[]> zrangeByLex(byte[] p1, byte[] p2, byte[] p3) {
        return keyed("zrangebylex", (o, a, b, c) -> o.zrangeByLex(a, b, c), p1, p2, p3);
    }

    @Override
    public List<byte[]> zrangeByLex(byte[] p1, byte[] p2, byte[] p3, int p4, int p5) {
        return keyed("zrangebylex", (o, a, b, c, d, e) -> o.zrangeByLex(a, b, c, (int) d, (int) e), p1, p2, p3, p4, p5);
    }

    @Override
    public List<String> zrangeByLex(String p1, String p2, String p3) {
        return keyed("zrangebylex", (o, a, b, c) -> o.zrangeByLex(a, b, c), p1, p2, p3);
    }

    @Override
    public List<String> zrangeByLex(String p1, String p2, String p3, int p4, int p5) {
        return keyed("zrangebylex", (o, a, b, c, d, e) -> o.zrangeByLex(a, b, c, (int) d, (int) e), p1, p2, p3, p4, p5);
    }

    @Override
    public List<byte[]> zrangeByScore(byte[] p1, byte[] p2, byte[] p3) {
        return keyed("zrangebyscore", (o, a, b, c) -> o.zrangeByScore(a, b, c), p1, p2, p3);
    }

    @Override
    public List<byte[]> zrangeByScore(byte[] p1, byte[] p2, byte[] p3, int p4, int p5) {
        return keyed("zrangebyscore", (o, a, b, c, d, e) -> o.zrangeByScore(a, b, c, (int) d, (int) e), p1, p2, p3, p4, p5);
    }

    @Override
    public List<byte[]> zrangeByScore(byte[] p1, double p2, double p3) {
        return keyed("zrangebyscore", (o, a, b, c) -> o.zrangeByScore(a, (double) b, (double) c), p1, p2, p3);
    }

    @Override
    public List<byte[]> zrangeByScore(byte[] p1, double p2, double p3, int p4, int p5) {
        return keyed("zrangebyscore", (o, a, b, c, d, e) -> o.zrangeByScore(a, (double) b, (double) c, (int) d, (int) e), p1, p2, p3, p4, p5);
    }

    @Override
    public List<String> zrangeByScore(String p1, double p2, double p3) {
        return keyed("zrangebyscore", (o, a, b, c) -> o.zrangeByScore(a, (double) b, (double) c), p1, p2, p3);
    }

    @Override
    public List<String> zrangeByScore(String p1, double p2, double p3, int p4, int p5) {
        return keyed("zrangebyscore", (o, a, b, c, d, e) -> o.zrangeByScore(a, (double) b, (double) c, (int) d, (int) e), p1, p2, p3, p4, p5);
    }

    @Override
    public List<String> zrangeByScore(String p1, String p2, String p3) {
        return keyed("zrangebyscore", (o, a, b, c) -> o.zrangeByScore(a, b, c), p1, p2, p3);
    }

    @Override
    public List<String> zrangeByScore(String p1, String p2, String p3, int p4, int p5) {
        return keyed("zrangebyscore", (o, a, b, c, d, e) -> o.zrangeByScore(a, b, c, (int) d, (int) e), p1, p2, p3, p4, p5);
    }

    @Override
    public List<Tuple> zrangeByScoreWithScores(byte[] p1, byte[] p2, byte[] p3) {
        return keyed("zrangebyscorewithscores", (o, a, b, c) -> o.zrangeByScoreWithScores(a, b, c), p1, p2, p3);
    }

    @Override
    public List<Tuple> zrangeByScoreWithScores(byte[] p1, byte[] p2, byte[] p3, int p4, int p5) {
        return keyed("zrangebyscorewithscores", (o, a, b, c, d, e) -> o.zrangeByScoreWithScores(a, b, c, (int) d, (int) e), p1, p2, p3, p4, p5);
    }

    @Override
    public List<Tuple> zrangeByScoreWithScores(byte[] p1, double p2, double p3) {
        return keyed("zrangebyscorewithscores", (o, a, b, c) -> o.zrangeByScoreWithScores(a, (double) b, (double) c), p1, p2, p3);
    }

    @Override
    public List<Tuple> zrangeByScoreWithScores(byte[] p1, double p2, double p3, int p4, int p5) {
        return keyed("zrangebyscorewithscores", (o, a, b, c, d, e) -> o.zrangeByScoreWithScores(a, (double) b, (double) c, (int) d, (int) e), p1, p2, p3, p4, p5);
    }

    @Override
    public List<Tuple> zrangeByScoreWithScores(String p1, double p2, double p3) {
        return keyed("zrangebyscorewithscores", (o, a, b, c) -> o.zrangeByScoreWithScores(a, (double) b, (double) c), p1, p2, p3);
    }

    @Override
    public List<Tuple> zrangeByScoreWithScores(String p1, double p2, double p3, int p4, int p5) {
        return keyed("zrangebyscorewithscores", (o, a, b, c, d, e) -> o.zrangeByScoreWithScores(a, (double) b, (double) c, (int) d, (int) e), p1, p2, p3, p4, p5);
    }

    @Override
    public List<Tuple> zrangeByScoreWithScores(String p1, String p2, String p3) {
        return keyed("zrangebyscorewithscores", (o, a, b, c) -> o.zrangeByScoreWithScores(a, b, c), p1, p2, p3);
    }

    @Override
    public List<Tuple> zrangeByScoreWithScores(String p1, String p2, String p3, int p4, int p5) {
        return keyed("zrangebyscorewithscores", (o, a, b, c, d, e) -> o.zrangeByScoreWithScores(a, b, c, (int) d, (int) e), p1, p2, p3, p4, p5);
    }

    @Override
    public List<Tuple> zrangeWithScores(byte[] p1, long p2, long p3) {
        return keyed("zrangewithscores", (o, a, b, c) -> o.zrangeWithScores(a, (long) b, (long) c), p1, p2, p3);
    }

    @Override
    public List<Tuple> zrangeWithScores(byte[] p1, ZRangeParams p2) {
        return keyed("zrangewithscores", (o, a, b) -> o.zrangeWithScores(a, b), p1, p2);
    }

    @Override
    public List<Tuple> zrangeWithScores(String p1, long p2, long p3) {
        return keyed("zrangewithscores", (o, a, b, c) -> o.zrangeWithScores(a, (long) b, (long) c), p1, p2, p3);
    }

    @Override
    public List<Tuple> zrangeWithScores(String p1, ZRangeParams p2) {
        return keyed("zrangewithscores", (o, a, b) -> o.zrangeWithScores(a, b), p1, p2);
    }

    @Override
    public long zrangestore(byte[] p1, byte[] p2, ZRangeParams p3) {
        return keyed("zrangestore", (o, a, b, c) -> o.zrangestore(a, b, c), p1, p2, p3);
    }

    @Override
    public long zrangestore(String p1, String p2, ZRangeParams p3) {
        return keyed("zrangestore", (o, a, b, c) -> o.zrangestore(a, b, c), p1, p2, p3);
    }

    @Override
    public Long zrank(byte[] p1, byte[] p2) {
        return keyed("zrank", (o, a, b) -> o.zrank(a, b), p1, p2);
    }

    @Override
    public Long zrank(String p1, String p2) {
        return keyed("zrank", (o, a, b) -> o.zrank(a, b), p1, p2);
    }

    @Override
    public KeyValue<Long, Double> zrankWithScore(byte[] p1, byte[] p2) {
        return keyed("zrankwithscore", (o, a, b) -> o.zrankWithScore(a, b), p1, p2);
    }

    @Override
    public KeyValue<Long, Double> zrankWithScore(String p1, String p2) {
        return keyed("zrankwithscore", (o, a, b) -> o.zrankWithScore(a, b), p1, p2);
    }

    @Override
    public long zrem(byte[] p1, byte[]... p2) {
        return keyed("zrem", (o, a, b) -> o.zrem(a, b), p1, p2);
    }

    @Override
    public long zrem(String p1, String... p2) {
        return keyed("zrem", (o, a, b) -> o.zrem(a, b), p1, p2);
    }

    @Override
    public long zremrangeByLex(byte[] p1, byte[] p2, byte[] p3) {
        return keyed("zremrangebylex", (o, a, b, c) -> o.zremrangeByLex(a, b, c), p1, p2, p3);
    }

    @Override
    public long zremrangeByLex(String p1, String p2, String p3) {
        return keyed("zremrangebylex", (o, a, b, c) -> o.zremrangeByLex(a, b, c), p1, p2, p3);
    }

    @Override
    public long zremrangeByRank(byte[] p1, long p2, long p3) {
        return keyed("zremrangebyrank", (o, a, b, c) -> o.zremrangeByRank(a, (long) b, (long) c), p1, p2, p3);
    }

    @Override
    public long zremrangeByRank(String p1, long p2, long p3) {
        return keyed("zremrangebyrank", (o, a, b, c) -> o.zremrangeByRank(a, (long) b, (long) c), p1, p2, p3);
    }

    @Override
    public long zremrangeByScore(byte[] p1, byte[] p2, byte[] p3) {
        return keyed("zremrangebyscore", (o, a, b, c) -> o.zremrangeByScore(a, b, c), p1, p2, p3);
    }

    @Override
    public long zremrangeByScore(byte[] p1, double p2, double p3) {
        return keyed("zremrangebyscore", (o, a, b, c) -> o.zremrangeByScore(a, (double) b, (double) c), p1, p2, p3);
    }

    @Override
    public long zremrangeByScore(String p1, double p2, double p3) {
        return keyed("zremrangebyscore", (o, a, b, c) -> o.zremrangeByScore(a, (double) b, (double) c), p1, p2, p3);
    }

    @Override
    public long zremrangeByScore(String p1, String p2, String p3) {
        return keyed("zremrangebyscore", (o, a, b, c) -> o.zremrangeByScore(a, b, c), p1, p2, p3);
    }

    @Override
    public List<byte[]> zrevrange(byte[] p1, long p2, long p3) {
        return keyed("zrevrange", (o, a, b, c) -> o.zrevrange(a, (long) b, (long) c), p1, p2, p3);
    }

    @Override
    public List<String> zrevrange(String p1, long p2, long p3) {
        return keyed("zrevrange", (o, a, b, c) -> o.zrevrange(a, (long) b, (long) c), p1, p2, p3);
    }

    @Override
    public List<byte[]> zrevrangeByLex(byte[] p1, byte[] p2, byte[] p3) {
        return keyed("zrevrangebylex", (o, a, b, c) -> o.zrevrangeByLex(a, b, c), p1, p2, p3);
    }

    @Override
    public List<byte[]> zrevrangeByLex(byte[] p1, byte[] p2, byte[] p3, int p4, int p5) {
        return keyed("zrevrangebylex", (o, a, b, c, d, e) -> o.zrevrangeByLex(a, b, c, (int) d, (int) e), p1, p2, p3, p4, p5);
    }

    @Override
    public List<String> zrevrangeByLex(String p1, String p2, String p3) {
        return keyed("zrevrangebylex", (o, a, b, c) -> o.zrevrangeByLex(a, b, c), p1, p2, p3);
    }

    @Override
    public List<String> zrevrangeByLex(String p1, String p2, String p3, int p4, int p5) {
        return keyed("zrevrangebylex", (o, a, b, c, d, e) -> o.zrevrangeByLex(a, b, c, (int) d, (int) e), p1, p2, p3, p4, p5);
    }

    @Override
    public List<byte[]> zrevrangeByScore(byte[] p1, byte[] p2, byte[] p3) {
        return keyed("zrevrangebyscore", (o, a, b, c) -> o.zrevrangeByScore(a, b, c), p1, p2, p3);
    }

    @Override
    public List<byte[]> zrevrangeByScore(byte[] p1, byte[] p2, byte[] p3, int p4, int p5) {
        return keyed("zrevrangebyscore", (o, a, b, c, d, e) -> o.zrevrangeByScore(a, b, c, (int) d, (int) e), p1, p2, p3, p4, p5);
    }

    @Override
    public List<byte[]> zrevrangeByScore(byte[] p1, double p2, double p3) {
        return keyed("zrevrangebyscore", (o, a, b, c) -> o.zrevrangeByScore(a, (double) b, (double) c), p1, p2, p3);
    }

    @Override
    public List<byte[]> zrevrangeByScore(byte[] p1, double p2, double p3, int p4, int p5) {
        return keyed("zrevrangebyscore", (o, a, b, c, d, e) -> o.zrevrangeByScore(a, (double) b, (double) c, (int) d, (int) e), p1, p2, p3, p4, p5);
    }

    @Override
    public List<String> zrevrangeByScore(String p1, double p2, double p3) {
        return keyed("zrevrangebyscore", (o, a, b, c) -> o.zrevrangeByScore(a, (double) b, (double) c), p1, p2, p3);
    }

    @Override
    public List<String> zrevrangeByScore(String p1, double p2, double p3, int p4, int p5) {
        return keyed("zrevrangebyscore", (o, a, b, c, d, e) -> o.zrevrangeByScore(a, (double) b, (double) c, (int) d, (int) e), p1, p2, p3, p4, p5);
    }

    @Override
    public List<String> zrevrangeByScore(String p1, String p2, String p3) {
        return keyed("zrevrangebyscore", (o, a, b, c) -> o.zrevrangeByScore(a, b, c), p1, p2, p3);
    }

    @Override
    public List<String> zrevrangeByScore(String p1, String p2, String p3, int p4, int p5) {
        return keyed("zrevrangebyscore", (o, a, b, c, d, e) -> o.zrevrangeByScore(a, b, c, (int) d, (int) e), p1, p2, p3, p4, p5);
    }

    @Override
    public List<Tuple> zrevrangeByScoreWithScores(byte[] p1, byte[] p2, byte[] p3) {
        return keyed("zrevrangebyscorewithscores", (o, a, b, c) -> o.zrevrangeByScoreWithScores(a, b, c), p1, p2, p3);
    }

    @Override
    public List<Tuple> zrevrangeByScoreWithScores(byte[] p1, byte[] p2, byte[] p3, int p4, int p5) {
        return keyed("zrevrangebyscorewithscores", (o, a, b, c, d, e) -> o.zrevrangeByScoreWithScores(a, b, c, (int) d, (int) e), p1, p2, p3, p4, p5);
    }

    @Override
    public List<Tuple> zrevrangeByScoreWithScores(byte[] p1, double p2, double p3) {
        return keyed("zrevrangebyscorewithscores", (o, a, b, c) -> o.zrevrangeByScoreWithScores(a, (double) b, (double) c), p1, p2, p3);
    }

    @Override
    public List<Tuple> zrevrangeByScoreWithScores(byte[] p1, double p2, double p3, int p4, int p5) {
        return keyed("zrevrangebyscorewithscores", (o, a, b, c, d, e) -> o.zrevrangeByScoreWithScores(a, (double) b, (double) c, (int) d, (int) e), p1, p2, p3, p4, p5);
    }

    @Override
    public List<Tuple> zrevrangeByScoreWithScores(String p1, double p2, double p3) {
        return keyed("zrevrangebyscorewithscores", (o, a, b, c) -> o.zrevrangeByScoreWithScores(a, (double) b, (double) c), p1, p2, p3);
    }

    @Override
    public List<Tuple> zrevrangeByScoreWithScores(String p1, double p2, double p3, int p4, int p5) {
        return keyed("zrevrangebyscorewithscores", (o, a, b, c, d, e) -> o.zrevrangeByScoreWithScores(a, (double) b, (double) c, (int) d, (int) e), p1, p2, p3, p4, p5);
    }

    @Override
    public List<Tuple> zrevrangeByScoreWithScores(String p1, String p2, String p3) {
        return keyed("zrevrangebyscorewithscores", (o, a, b, c) -> o.zrevrangeByScoreWithScores(a, b, c), p1, p2, p3);
    }

    @Override
    public List<Tuple> zrevrangeByScoreWithScores(String p1, String p2, String p3, int p4, int p5) {
        return keyed("zrevrangebyscorewithscores", (o, a, b, c, d, e) -> o.zrevrangeByScoreWithScores(a, b, c, (int) d, (int) e), p1, p2, p3, p4, p5);
    }

    @Override
    public List<Tuple> zrevrangeWithScores(byte[] p1, long p2, long p3) {
        return keyed("zrevrangewithscores", (o, a, b, c) -> o.zrevrangeWithScores(a, (long) b, (long) c), p1, p2, p3);
    }

    @Override
    public List<Tuple> zrevrangeWithScores(String p1, long p2, long p3) {
        return keyed("zrevrangewithscores", (o, a, b, c) -> o.zrevrangeWithScores(a, (long) b, (long) c), p1, p2, p3);
    }

    @Override
    public Long zrevrank(byte[] p1, byte[] p2) {
        return keyed("zrevrank", (o, a, b) -> o.zrevrank(a, b), p1, p2);
    }

    @Override
    public Long zrevrank(String p1, String p2) {
        return keyed("zrevrank", (o, a, b) -> o.zrevrank(a, b), p1, p2);
    }

    @Override
    public KeyValue<Long, Double> zrevrankWithScore(byte[] p1, byte[] p2) {
        return keyed("zrevrankwithscore", (o, a, b) -> o.zrevrankWithScore(a, b), p1, p2);
    }

    @Override
    public KeyValue<Long, Double> zrevrankWithScore(String p1, String p2) {
        return keyed("zrevrankwithscore", (o, a, b) -> o.zrevrankWithScore(a, b), p1, p2);
    }

    @Override
    public ScanResult<Tuple> zscan(byte[] p1, byte[] p2, ScanParams p3) {
        return keyed("zscan", (o, a, b, c) -> o.zscan(a, b, c), p1, p2, p3);
    }

    @Override
    public ScanResult<Tuple> zscan(String p1, String p2, ScanParams p3) {
        return keyed("zscan", (o, a, b, c) -> o.zscan(a, b, c), p1, p2, p3);
    }

    @Override
    public Double zscore(byte[] p1, byte[] p2) {
        return keyed("zscore", (o, a, b) -> o.zscore(a, b), p1, p2);
    }

    @Override
    public Double zscore(String p1, String p2) {
        return keyed("zscore", (o, a, b) -> o.zscore(a, b), p1, p2);
    }

    @Override
    public List<byte[]> zunion(ZParams p1, byte[]... p2) {
        return keyed("zunion", (o, a, b) -> o.zunion(a, b), p1, p2);
    }

    @Override
    public List<String> zunion(ZParams p1, String... p2) {
        return keyed("zunion", (o, a, b) -> o.zunion(a, b), p1, p2);
    }

    @Override
    public List<Tuple> zunionWithScores(ZParams p1, byte[]... p2) {
        return keyed("zunionwithscores", (o, a, b) -> o.zunionWithScores(a, b), p1, p2);
    }

    @Override
    public List<Tuple> zunionWithScores(ZParams p1, String... p2) {
        return keyed("zunionwithscores", (o, a, b) -> o.zunionWithScores(a, b), p1, p2);
    }

    @Override
    public long zunionstore(byte[] p1, byte[]... p2) {
        return keyed("zunionstore", (o, a, b) -> o.zunionstore(a, b), p1, p2);
    }

    @Override
    public long zunionstore(byte[] p1, ZParams p2, byte[]... p3) {
        return keyed("zunionstore", (o, a, b, c) -> o.zunionstore(a, b, c), p1, p2, p3);
    }

    @Override
    public long zunionstore(String p1, String... p2) {
        return keyed("zunionstore", (o, a, b) -> o.zunionstore(a, b), p1, p2);
    }

    @Override
    public long zunionstore(String p1, ZParams p2, String... p3) {
        return keyed("zunionstore", (o, a, b, c) -> o.zunionstore(a, b, c), p1, p2, p3);
    }
}
