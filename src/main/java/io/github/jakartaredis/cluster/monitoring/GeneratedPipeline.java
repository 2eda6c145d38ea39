package io.github.jakartaredis.cluster.monitoring;

import io.github.jakartaredis.cluster.client.SharedClusterClient;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import redis.clients.jedis.GeoCoordinate;
import redis.clients.jedis.HashImport;
import redis.clients.jedis.Response;
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
import redis.clients.jedis.resps.VectorInfo;
import redis.clients.jedis.util.CompareCondition;
import redis.clients.jedis.util.KeyValue;

/**
 * GENERATED, do not edit: every command method of {@code RedisClusterPipeline}, each one call of
 * {@link MonitoredPipeline} with a direct call of Jedis 8.0.2 (841 queued, 13 unsupported).
 * Made by {@code GeneratedPipelineSource} (src/test) from the interface and Jedis's
 * {@code CommandObjects}; {@code GeneratedConnectionTest} fails when this file differs from
 * what it makes. Regenerate with
 * {@code mvn -B -q test -Dtest=GeneratedConnectionTest -Dsurefire.failIfNoSpecifiedTests=false -Dregenerate=true}.
 * Not thread-safe, as {@link MonitoredPipeline}.
 */
final class GeneratedPipeline extends MonitoredPipeline {

    GeneratedPipeline(String name, SharedClusterClient client,
            Supplier<RequestTally> currentTally) {
        super(name, client, currentTally);
    }

    @Override
    public Response<Long> append(byte[] p1, byte[] p2) {
        return queue((o, a, b) -> o.append(a, b), p1, p2);
    }

    @Override
    public Response<Long> append(String p1, String p2) {
        return queue((o, a, b) -> o.append(a, b), p1, p2);
    }

    @Override
    public Response<Long> arcount(byte[] p1) {
        return queue((o, a) -> o.arcount(a), p1);
    }

    @Override
    public Response<Long> arcount(String p1) {
        return queue((o, a) -> o.arcount(a), p1);
    }

    @Override
    public Response<Long> ardel(byte[] p1, long p2) {
        return queue((o, a, b) -> o.ardel(a, (long) b), p1, p2);
    }

    @Override
    public Response<Long> ardel(byte[] p1, long... p2) {
        return queue((o, a, b) -> o.ardel(a, b), p1, p2);
    }

    @Override
    public Response<Long> ardel(String p1, long p2) {
        return queue((o, a, b) -> o.ardel(a, (long) b), p1, p2);
    }

    @Override
    public Response<Long> ardel(String p1, long... p2) {
        return queue((o, a, b) -> o.ardel(a, b), p1, p2);
    }

    @Override
    public Response<Long> ardelrange(byte[] p1, long p2, long p3) {
        return queue((o, a, b, c) -> o.ardelrange(a, (long) b, (long) c), p1, p2, p3);
    }

    @Override
    public Response<Long> ardelrange(byte[] p1, LongRange... p2) {
        return queue((o, a, b) -> o.ardelrange(a, b), p1, p2);
    }

    @Override
    public Response<Long> ardelrange(String p1, long p2, long p3) {
        return queue((o, a, b, c) -> o.ardelrange(a, (long) b, (long) c), p1, p2, p3);
    }

    @Override
    public Response<Long> ardelrange(String p1, LongRange... p2) {
        return queue((o, a, b) -> o.ardelrange(a, b), p1, p2);
    }

    @Override
    public Response<byte[]> arget(byte[] p1, long p2) {
        return queue((o, a, b) -> o.arget(a, (long) b), p1, p2);
    }

    @Override
    public Response<String> arget(String p1, long p2) {
        return queue((o, a, b) -> o.arget(a, (long) b), p1, p2);
    }

    @Override
    public Response<List<byte[]>> argetrange(byte[] p1, long p2, long p3) {
        return queue((o, a, b, c) -> o.argetrange(a, (long) b, (long) c), p1, p2, p3);
    }

    @Override
    public Response<List<String>> argetrange(String p1, long p2, long p3) {
        return queue((o, a, b, c) -> o.argetrange(a, (long) b, (long) c), p1, p2, p3);
    }

    @Override
    public Response<List<Long>> argrep(byte[] p1, ArgrepParams p2) {
        return queue((o, a, b) -> o.argrep(a, b), p1, p2);
    }

    @Override
    public Response<List<Long>> argrep(String p1, ArgrepParams p2) {
        return queue((o, a, b) -> o.argrep(a, b), p1, p2);
    }

    @Override
    public Response<List<KeyValue<Long, byte[]>>> argrepWithValues(byte[] p1, ArgrepParams p2) {
        return queue((o, a, b) -> o.argrepWithValues(a, b), p1, p2);
    }

    @Override
    public Response<List<KeyValue<Long, String>>> argrepWithValues(String p1, ArgrepParams p2) {
        return queue((o, a, b) -> o.argrepWithValues(a, b), p1, p2);
    }

    @Override
    public Response<ArrayInfo> arinfo(byte[] p1) {
        return queue((o, a) -> o.arinfo(a), p1);
    }

    @Override
    public Response<ArrayInfo> arinfo(String p1) {
        return queue((o, a) -> o.arinfo(a), p1);
    }

    @Override
    public Response<ArrayFullInfo> arinfoFull(byte[] p1) {
        return queue((o, a) -> o.arinfoFull(a), p1);
    }

    @Override
    public Response<ArrayFullInfo> arinfoFull(String p1) {
        return queue((o, a) -> o.arinfoFull(a), p1);
    }

    @Override
    public Response<Long> arinsert(byte[] p1, byte[] p2) {
        return queue((o, a, b) -> o.arinsert(a, b), p1, p2);
    }

    @Override
    public Response<Long> arinsert(byte[] p1, byte[]... p2) {
        return queue((o, a, b) -> o.arinsert(a, b), p1, p2);
    }

    @Override
    public Response<Long> arinsert(String p1, String p2) {
        return queue((o, a, b) -> o.arinsert(a, b), p1, p2);
    }

    @Override
    public Response<Long> arinsert(String p1, String... p2) {
        return queue((o, a, b) -> o.arinsert(a, b), p1, p2);
    }

    @Override
    public Response<List<byte[]>> arlastitems(byte[] p1, long p2) {
        return queue((o, a, b) -> o.arlastitems(a, (long) b), p1, p2);
    }

    @Override
    public Response<List<byte[]>> arlastitems(byte[] p1, long p2, boolean p3) {
        return queue((o, a, b, c) -> o.arlastitems(a, (long) b, (boolean) c), p1, p2, p3);
    }

    @Override
    public Response<List<String>> arlastitems(String p1, long p2) {
        return queue((o, a, b) -> o.arlastitems(a, (long) b), p1, p2);
    }

    @Override
    public Response<List<String>> arlastitems(String p1, long p2, boolean p3) {
        return queue((o, a, b, c) -> o.arlastitems(a, (long) b, (boolean) c), p1, p2, p3);
    }

    @Override
    public Response<Long> arlen(byte[] p1) {
        return queue((o, a) -> o.arlen(a), p1);
    }

    @Override
    public Response<Long> arlen(String p1) {
        return queue((o, a) -> o.arlen(a), p1);
    }

    @Override
    public Response<List<byte[]>> armget(byte[] p1, long... p2) {
        return queue((o, a, b) -> o.armget(a, b), p1, p2);
    }

    @Override
    public Response<List<String>> armget(String p1, long... p2) {
        return queue((o, a, b) -> o.armget(a, b), p1, p2);
    }

    @Override
    public Response<Long> armset(byte[] p1, Map<Long, byte[]> p2) {
        return queue((o, a, b) -> o.armset(a, b), p1, p2);
    }

    @Override
    public Response<Long> armset(String p1, Map<Long, String> p2) {
        return queue((o, a, b) -> o.armset(a, b), p1, p2);
    }

    @Override
    public Response<Long> arnext(byte[] p1) {
        return queue((o, a) -> o.arnext(a), p1);
    }

    @Override
    public Response<Long> arnext(String p1) {
        return queue((o, a) -> o.arnext(a), p1);
    }

    @Override
    public Response<byte[]> aropAggregate(byte[] p1, long p2, long p3, ArrayAggregate p4) {
        return queue((o, a, b, c, d) -> o.aropAggregate(a, (long) b, (long) c, d), p1, p2, p3, p4);
    }

    @Override
    public Response<String> aropAggregate(String p1, long p2, long p3, ArrayAggregate p4) {
        return queue((o, a, b, c, d) -> o.aropAggregate(a, (long) b, (long) c, d), p1, p2, p3, p4);
    }

    @Override
    public Response<Long> aropBitwise(byte[] p1, long p2, long p3, ArrayBitwise p4) {
        return queue((o, a, b, c, d) -> o.aropBitwise(a, (long) b, (long) c, d), p1, p2, p3, p4);
    }

    @Override
    public Response<Long> aropBitwise(String p1, long p2, long p3, ArrayBitwise p4) {
        return queue((o, a, b, c, d) -> o.aropBitwise(a, (long) b, (long) c, d), p1, p2, p3, p4);
    }

    @Override
    public Response<Long> aropCount(byte[] p1, long p2, long p3) {
        return queue((o, a, b, c) -> o.aropCount(a, (long) b, (long) c), p1, p2, p3);
    }

    @Override
    public Response<Long> aropCount(byte[] p1, long p2, long p3, byte[] p4) {
        return queue((o, a, b, c, d) -> o.aropCount(a, (long) b, (long) c, d), p1, p2, p3, p4);
    }

    @Override
    public Response<Long> aropCount(String p1, long p2, long p3) {
        return queue((o, a, b, c) -> o.aropCount(a, (long) b, (long) c), p1, p2, p3);
    }

    @Override
    public Response<Long> aropCount(String p1, long p2, long p3, String p4) {
        return queue((o, a, b, c, d) -> o.aropCount(a, (long) b, (long) c, d), p1, p2, p3, p4);
    }

    @Override
    public Response<Long> arring(byte[] p1, long p2, byte[] p3) {
        return queue((o, a, b, c) -> o.arring(a, (long) b, c), p1, p2, p3);
    }

    @Override
    public Response<Long> arring(byte[] p1, long p2, byte[]... p3) {
        return queue((o, a, b, c) -> o.arring(a, (long) b, c), p1, p2, p3);
    }

    @Override
    public Response<Long> arring(String p1, long p2, String p3) {
        return queue((o, a, b, c) -> o.arring(a, (long) b, c), p1, p2, p3);
    }

    @Override
    public Response<Long> arring(String p1, long p2, String... p3) {
        return queue((o, a, b, c) -> o.arring(a, (long) b, c), p1, p2, p3);
    }

    @Override
    public Response<List<KeyValue<Long, byte[]>>> arscan(byte[] p1, long p2, long p3) {
        return queue((o, a, b, c) -> o.arscan(a, (long) b, (long) c), p1, p2, p3);
    }

    @Override
    public Response<List<KeyValue<Long, byte[]>>> arscan(byte[] p1, long p2, long p3, long p4) {
        return queue((o, a, b, c, d) -> o.arscan(a, (long) b, (long) c, (long) d), p1, p2, p3, p4);
    }

    @Override
    public Response<List<KeyValue<Long, String>>> arscan(String p1, long p2, long p3) {
        return queue((o, a, b, c) -> o.arscan(a, (long) b, (long) c), p1, p2, p3);
    }

    @Override
    public Response<List<KeyValue<Long, String>>> arscan(String p1, long p2, long p3, long p4) {
        return queue((o, a, b, c, d) -> o.arscan(a, (long) b, (long) c, (long) d), p1, p2, p3, p4);
    }

    @Override
    public Response<Long> arseek(byte[] p1, long p2) {
        return queue((o, a, b) -> o.arseek(a, (long) b), p1, p2);
    }

    @Override
    public Response<Long> arseek(String p1, long p2) {
        return queue((o, a, b) -> o.arseek(a, (long) b), p1, p2);
    }

    @Override
    public Response<Long> arset(byte[] p1, long p2, byte[] p3) {
        return queue((o, a, b, c) -> o.arset(a, (long) b, c), p1, p2, p3);
    }

    @Override
    public Response<Long> arset(byte[] p1, long p2, byte[]... p3) {
        return queue((o, a, b, c) -> o.arset(a, (long) b, c), p1, p2, p3);
    }

    @Override
    public Response<Long> arset(String p1, long p2, String p3) {
        return queue((o, a, b, c) -> o.arset(a, (long) b, c), p1, p2, p3);
    }

    @Override
    public Response<Long> arset(String p1, long p2, String... p3) {
        return queue((o, a, b, c) -> o.arset(a, (long) b, c), p1, p2, p3);
    }

    @Override
    public Response<Long> bitcount(byte[] p1) {
        return queue((o, a) -> o.bitcount(a), p1);
    }

    @Override
    public Response<Long> bitcount(byte[] p1, long p2, long p3) {
        return queue((o, a, b, c) -> o.bitcount(a, (long) b, (long) c), p1, p2, p3);
    }

    @Override
    public Response<Long> bitcount(byte[] p1, long p2, long p3, BitCountOption p4) {
        return queue((o, a, b, c, d) -> o.bitcount(a, (long) b, (long) c, d), p1, p2, p3, p4);
    }

    @Override
    public Response<Long> bitcount(String p1) {
        return queue((o, a) -> o.bitcount(a), p1);
    }

    @Override
    public Response<Long> bitcount(String p1, long p2, long p3) {
        return queue((o, a, b, c) -> o.bitcount(a, (long) b, (long) c), p1, p2, p3);
    }

    @Override
    public Response<Long> bitcount(String p1, long p2, long p3, BitCountOption p4) {
        return queue((o, a, b, c, d) -> o.bitcount(a, (long) b, (long) c, d), p1, p2, p3, p4);
    }

    @Override
    public Response<List<Long>> bitfield(byte[] p1, byte[]... p2) {
        return queue((o, a, b) -> o.bitfield(a, b), p1, p2);
    }

    @Override
    public Response<List<Long>> bitfield(String p1, String... p2) {
        return queue((o, a, b) -> o.bitfield(a, b), p1, p2);
    }

    @Override
    public Response<List<Long>> bitfieldReadonly(byte[] p1, byte[]... p2) {
        return queue((o, a, b) -> o.bitfieldReadonly(a, b), p1, p2);
    }

    @Override
    public Response<List<Long>> bitfieldReadonly(String p1, String... p2) {
        return queue((o, a, b) -> o.bitfieldReadonly(a, b), p1, p2);
    }

    @Override
    public Response<Long> bitop(BitOP p1, byte[] p2, byte[]... p3) {
        return queue((o, a, b, c) -> o.bitop(a, b, c), p1, p2, p3);
    }

    @Override
    public Response<Long> bitop(BitOP p1, String p2, String... p3) {
        return queue((o, a, b, c) -> o.bitop(a, b, c), p1, p2, p3);
    }

    @Override
    public Response<Long> bitpos(byte[] p1, boolean p2) {
        return queue((o, a, b) -> o.bitpos(a, (boolean) b), p1, p2);
    }

    @Override
    public Response<Long> bitpos(byte[] p1, boolean p2, BitPosParams p3) {
        return queue((o, a, b, c) -> o.bitpos(a, (boolean) b, c), p1, p2, p3);
    }

    @Override
    public Response<Long> bitpos(String p1, boolean p2) {
        return queue((o, a, b) -> o.bitpos(a, (boolean) b), p1, p2);
    }

    @Override
    public Response<Long> bitpos(String p1, boolean p2, BitPosParams p3) {
        return queue((o, a, b, c) -> o.bitpos(a, (boolean) b, c), p1, p2, p3);
    }

    @Override
    public Response<byte[]> blmove(byte[] p1, byte[] p2, ListDirection p3, ListDirection p4, double p5) {
        return queue((o, a, b, c, d, e) -> o.blmove(a, b, c, d, (double) e), p1, p2, p3, p4, p5);
    }

    @Override
    public Response<String> blmove(String p1, String p2, ListDirection p3, ListDirection p4, double p5) {
        return queue((o, a, b, c, d, e) -> o.blmove(a, b, c, d, (double) e), p1, p2, p3, p4, p5);
    }

    @Override
    public Response<List<byte[]>> blmovem(byte[] p1, byte[] p2, ListDirection p3, ListDirection p4, double p5) {
        return queue((o, a, b, c, d, e) -> o.blmovem(a, b, c, d, (double) e), p1, p2, p3, p4, p5);
    }

    @Override
    public Response<List<byte[]>> blmovem(byte[] p1, byte[] p2, ListDirection p3, ListDirection p4, double p5, LMoveMParams p6) {
        return queue((o, a, b, c, d, e, f) -> o.blmovem(a, b, c, d, (double) e, f), p1, p2, p3, p4, p5, p6);
    }

    @Override
    public Response<List<String>> blmovem(String p1, String p2, ListDirection p3, ListDirection p4, double p5) {
        return queue((o, a, b, c, d, e) -> o.blmovem(a, b, c, d, (double) e), p1, p2, p3, p4, p5);
    }

    @Override
    public Response<List<String>> blmovem(String p1, String p2, ListDirection p3, ListDirection p4, double p5, LMoveMParams p6) {
        return queue((o, a, b, c, d, e, f) -> o.blmovem(a, b, c, d, (double) e, f), p1, p2, p3, p4, p5, p6);
    }

    @Override
    public Response<KeyValue<byte[], List<byte[]>>> blmpop(double p1, ListDirection p2, byte[]... p3) {
        return queue((o, a, b, c) -> o.blmpop((double) a, b, c), p1, p2, p3);
    }

    @Override
    public Response<KeyValue<byte[], List<byte[]>>> blmpop(double p1, ListDirection p2, int p3, byte[]... p4) {
        return queue((o, a, b, c, d) -> o.blmpop((double) a, b, (int) c, d), p1, p2, p3, p4);
    }

    @Override
    public Response<KeyValue<String, List<String>>> blmpop(double p1, ListDirection p2, int p3, String... p4) {
        return queue((o, a, b, c, d) -> o.blmpop((double) a, b, (int) c, d), p1, p2, p3, p4);
    }

    @Override
    public Response<KeyValue<String, List<String>>> blmpop(double p1, ListDirection p2, String... p3) {
        return queue((o, a, b, c) -> o.blmpop((double) a, b, c), p1, p2, p3);
    }

    @Override
    public Response<KeyValue<byte[], byte[]>> blpop(double p1, byte[]... p2) {
        return queue((o, a, b) -> o.blpop((double) a, b), p1, p2);
    }

    @Override
    public Response<KeyValue<String, String>> blpop(double p1, String p2) {
        return queue((o, a, b) -> o.blpop((double) a, b), p1, p2);
    }

    @Override
    public Response<KeyValue<String, String>> blpop(double p1, String... p2) {
        return queue((o, a, b) -> o.blpop((double) a, b), p1, p2);
    }

    @Override
    public Response<List<byte[]>> blpop(int p1, byte[]... p2) {
        return queue((o, a, b) -> o.blpop((int) a, b), p1, p2);
    }

    @Override
    public Response<List<String>> blpop(int p1, String p2) {
        return queue((o, a, b) -> o.blpop((int) a, b), p1, p2);
    }

    @Override
    public Response<List<String>> blpop(int p1, String... p2) {
        return queue((o, a, b) -> o.blpop((int) a, b), p1, p2);
    }

    @Override
    public Response<KeyValue<byte[], byte[]>> brpop(double p1, byte[]... p2) {
        return queue((o, a, b) -> o.brpop((double) a, b), p1, p2);
    }

    @Override
    public Response<KeyValue<String, String>> brpop(double p1, String p2) {
        return queue((o, a, b) -> o.brpop((double) a, b), p1, p2);
    }

    @Override
    public Response<KeyValue<String, String>> brpop(double p1, String... p2) {
        return queue((o, a, b) -> o.brpop((double) a, b), p1, p2);
    }

    @Override
    public Response<List<byte[]>> brpop(int p1, byte[]... p2) {
        return queue((o, a, b) -> o.brpop((int) a, b), p1, p2);
    }

    @Override
    public Response<List<String>> brpop(int p1, String p2) {
        return queue((o, a, b) -> o.brpop((int) a, b), p1, p2);
    }

    @Override
    public Response<List<String>> brpop(int p1, String... p2) {
        return queue((o, a, b) -> o.brpop((int) a, b), p1, p2);
    }

    @Override
    public Response<byte[]> brpoplpush(byte[] p1, byte[] p2, int p3) {
        return queue((o, a, b, c) -> o.brpoplpush(a, b, (int) c), p1, p2, p3);
    }

    @Override
    public Response<String> brpoplpush(String p1, String p2, int p3) {
        return queue((o, a, b, c) -> o.brpoplpush(a, b, (int) c), p1, p2, p3);
    }

    @Override
    public Response<KeyValue<byte[], List<Tuple>>> bzmpop(double p1, SortedSetOption p2, byte[]... p3) {
        return queue((o, a, b, c) -> o.bzmpop((double) a, b, c), p1, p2, p3);
    }

    @Override
    public Response<KeyValue<byte[], List<Tuple>>> bzmpop(double p1, SortedSetOption p2, int p3, byte[]... p4) {
        return queue((o, a, b, c, d) -> o.bzmpop((double) a, b, (int) c, d), p1, p2, p3, p4);
    }

    @Override
    public Response<KeyValue<String, List<Tuple>>> bzmpop(double p1, SortedSetOption p2, int p3, String... p4) {
        return queue((o, a, b, c, d) -> o.bzmpop((double) a, b, (int) c, d), p1, p2, p3, p4);
    }

    @Override
    public Response<KeyValue<String, List<Tuple>>> bzmpop(double p1, SortedSetOption p2, String... p3) {
        return queue((o, a, b, c) -> o.bzmpop((double) a, b, c), p1, p2, p3);
    }

    @Override
    public Response<KeyValue<byte[], Tuple>> bzpopmax(double p1, byte[]... p2) {
        return queue((o, a, b) -> o.bzpopmax((double) a, b), p1, p2);
    }

    @Override
    public Response<KeyValue<String, Tuple>> bzpopmax(double p1, String... p2) {
        return queue((o, a, b) -> o.bzpopmax((double) a, b), p1, p2);
    }

    @Override
    public Response<KeyValue<byte[], Tuple>> bzpopmin(double p1, byte[]... p2) {
        return queue((o, a, b) -> o.bzpopmin((double) a, b), p1, p2);
    }

    @Override
    public Response<KeyValue<String, Tuple>> bzpopmin(double p1, String... p2) {
        return queue((o, a, b) -> o.bzpopmin((double) a, b), p1, p2);
    }

    @Override
    public Response<Boolean> copy(byte[] p1, byte[] p2, boolean p3) {
        return queue((o, a, b, c) -> o.copy(a, b, (boolean) c), p1, p2, p3);
    }

    @Override
    public Response<Boolean> copy(String p1, String p2, boolean p3) {
        return queue((o, a, b, c) -> o.copy(a, b, (boolean) c), p1, p2, p3);
    }

    @Override
    public Response<Long> decr(byte[] p1) {
        return queue((o, a) -> o.decr(a), p1);
    }

    @Override
    public Response<Long> decr(String p1) {
        return queue((o, a) -> o.decr(a), p1);
    }

    @Override
    public Response<Long> decrBy(byte[] p1, long p2) {
        return queue((o, a, b) -> o.decrBy(a, (long) b), p1, p2);
    }

    @Override
    public Response<Long> decrBy(String p1, long p2) {
        return queue((o, a, b) -> o.decrBy(a, (long) b), p1, p2);
    }

    @Override
    public Response<Long> del(byte[] p1) {
        return queue((o, a) -> o.del(a), p1);
    }

    @Override
    public Response<Long> del(byte[]... p1) {
        return queue((o, a) -> o.del(a), p1);
    }

    @Override
    public Response<Long> del(String p1) {
        return queue((o, a) -> o.del(a), p1);
    }

    @Override
    public Response<Long> del(String... p1) {
        return queue((o, a) -> o.del(a), p1);
    }

    @Override
    public Response<Long> delex(byte[] p1, CompareCondition p2) {
        return queue((o, a, b) -> o.delex(a, b), p1, p2);
    }

    @Override
    public Response<Long> delex(String p1, CompareCondition p2) {
        return queue((o, a, b) -> o.delex(a, b), p1, p2);
    }

    @Override
    public Response<byte[]> digestKey(byte[] p1) {
        return queue((o, a) -> o.digestKey(a), p1);
    }

    @Override
    public Response<String> digestKey(String p1) {
        return queue((o, a) -> o.digestKey(a), p1);
    }

    @Override
    public Response<byte[]> dump(byte[] p1) {
        return queue((o, a) -> o.dump(a), p1);
    }

    @Override
    public Response<byte[]> dump(String p1) {
        return queue((o, a) -> o.dump(a), p1);
    }

    @Override
    public Response<Object> eval(byte[] p1) {
        return queue((o, a) -> o.eval(a), p1);
    }

    @Override
    public Response<Object> eval(byte[] p1, byte[] p2) {
        return queue((o, a, b) -> o.eval(a, b), p1, p2);
    }

    @Override
    public Response<Object> eval(byte[] p1, int p2, byte[]... p3) {
        return queue((o, a, b, c) -> o.eval(a, (int) b, c), p1, p2, p3);
    }

    @Override
    public Response<Object> eval(byte[] p1, List<byte[]> p2, List<byte[]> p3) {
        return queue((o, a, b, c) -> o.eval(a, b, c), p1, p2, p3);
    }

    @Override
    public Response<Object> eval(String p1) {
        return queue((o, a) -> o.eval(a), p1);
    }

    @Override
    public Response<Object> eval(String p1, int p2, String... p3) {
        return queue((o, a, b, c) -> o.eval(a, (int) b, c), p1, p2, p3);
    }

    @Override
    public Response<Object> eval(String p1, String p2) {
        return queue((o, a, b) -> o.eval(a, b), p1, p2);
    }

    @Override
    public Response<Object> eval(String p1, List<String> p2, List<String> p3) {
        return queue((o, a, b, c) -> o.eval(a, b, c), p1, p2, p3);
    }

    @Override
    public Response<Object> evalReadonly(byte[] p1, List<byte[]> p2, List<byte[]> p3) {
        return queue((o, a, b, c) -> o.evalReadonly(a, b, c), p1, p2, p3);
    }

    @Override
    public Response<Object> evalReadonly(String p1, List<String> p2, List<String> p3) {
        return queue((o, a, b, c) -> o.evalReadonly(a, b, c), p1, p2, p3);
    }

    @Override
    public Response<Object> evalsha(byte[] p1) {
        return queue((o, a) -> o.evalsha(a), p1);
    }

    @Override
    public Response<Object> evalsha(byte[] p1, byte[] p2) {
        return queue((o, a, b) -> o.evalsha(a, b), p1, p2);
    }

    @Override
    public Response<Object> evalsha(byte[] p1, int p2, byte[]... p3) {
        return queue((o, a, b, c) -> o.evalsha(a, (int) b, c), p1, p2, p3);
    }

    @Override
    public Response<Object> evalsha(byte[] p1, List<byte[]> p2, List<byte[]> p3) {
        return queue((o, a, b, c) -> o.evalsha(a, b, c), p1, p2, p3);
    }

    @Override
    public Response<Object> evalsha(String p1) {
        return queue((o, a) -> o.evalsha(a), p1);
    }

    @Override
    public Response<Object> evalsha(String p1, int p2, String... p3) {
        return queue((o, a, b, c) -> o.evalsha(a, (int) b, c), p1, p2, p3);
    }

    @Override
    public Response<Object> evalsha(String p1, String p2) {
        return queue((o, a, b) -> o.evalsha(a, b), p1, p2);
    }

    @Override
    public Response<Object> evalsha(String p1, List<String> p2, List<String> p3) {
        return queue((o, a, b, c) -> o.evalsha(a, b, c), p1, p2, p3);
    }

    @Override
    public Response<Object> evalshaReadonly(byte[] p1, List<byte[]> p2, List<byte[]> p3) {
        return queue((o, a, b, c) -> o.evalshaReadonly(a, b, c), p1, p2, p3);
    }

    @Override
    public Response<Object> evalshaReadonly(String p1, List<String> p2, List<String> p3) {
        return queue((o, a, b, c) -> o.evalshaReadonly(a, b, c), p1, p2, p3);
    }

    @Override
    public Response<Boolean> exists(byte[] p1) {
        return queue((o, a) -> o.exists(a), p1);
    }

    @Override
    public Response<Long> exists(byte[]... p1) {
        return queue((o, a) -> o.exists(a), p1);
    }

    @Override
    public Response<Boolean> exists(String p1) {
        return queue((o, a) -> o.exists(a), p1);
    }

    @Override
    public Response<Long> exists(String... p1) {
        return queue((o, a) -> o.exists(a), p1);
    }

    @Override
    public Response<Long> expire(byte[] p1, long p2) {
        return queue((o, a, b) -> o.expire(a, (long) b), p1, p2);
    }

    @Override
    public Response<Long> expire(byte[] p1, long p2, ExpiryOption p3) {
        return queue((o, a, b, c) -> o.expire(a, (long) b, c), p1, p2, p3);
    }

    @Override
    public Response<Long> expire(String p1, long p2) {
        return queue((o, a, b) -> o.expire(a, (long) b), p1, p2);
    }

    @Override
    public Response<Long> expire(String p1, long p2, ExpiryOption p3) {
        return queue((o, a, b, c) -> o.expire(a, (long) b, c), p1, p2, p3);
    }

    @Override
    public Response<Long> expireAt(byte[] p1, long p2) {
        return queue((o, a, b) -> o.expireAt(a, (long) b), p1, p2);
    }

    @Override
    public Response<Long> expireAt(byte[] p1, long p2, ExpiryOption p3) {
        return queue((o, a, b, c) -> o.expireAt(a, (long) b, c), p1, p2, p3);
    }

    @Override
    public Response<Long> expireAt(String p1, long p2) {
        return queue((o, a, b) -> o.expireAt(a, (long) b), p1, p2);
    }

    @Override
    public Response<Long> expireAt(String p1, long p2, ExpiryOption p3) {
        return queue((o, a, b, c) -> o.expireAt(a, (long) b, c), p1, p2, p3);
    }

    @Override
    public Response<Long> expireTime(byte[] p1) {
        return queue((o, a) -> o.expireTime(a), p1);
    }

    @Override
    public Response<Long> expireTime(String p1) {
        return queue((o, a) -> o.expireTime(a), p1);
    }

    @Override
    public Response<Object> fcall(byte[] p1, List<byte[]> p2, List<byte[]> p3) {
        return queue((o, a, b, c) -> o.fcall(a, b, c), p1, p2, p3);
    }

    @Override
    public Response<Object> fcall(String p1, List<String> p2, List<String> p3) {
        return queue((o, a, b, c) -> o.fcall(a, b, c), p1, p2, p3);
    }

    @Override
    public Response<Object> fcallReadonly(byte[] p1, List<byte[]> p2, List<byte[]> p3) {
        return queue((o, a, b, c) -> o.fcallReadonly(a, b, c), p1, p2, p3);
    }

    @Override
    public Response<Object> fcallReadonly(String p1, List<String> p2, List<String> p3) {
        return queue((o, a, b, c) -> o.fcallReadonly(a, b, c), p1, p2, p3);
    }

    @Override
    public Response<String> functionDelete(byte[] p1) {
        return queue((o, a) -> o.functionDelete(a), p1);
    }

    @Override
    public Response<String> functionDelete(String p1) {
        return queue((o, a) -> o.functionDelete(a), p1);
    }

    @Override
    public Response<byte[]> functionDump() {
        return queue(o -> o.functionDump());
    }

    @Override
    public Response<String> functionFlush() {
        return queue(o -> o.functionFlush());
    }

    @Override
    public Response<String> functionFlush(FlushMode p1) {
        return queue((o, a) -> o.functionFlush(a), p1);
    }

    @Override
    public Response<String> functionKill() {
        return queue(o -> o.functionKill());
    }

    @Override
    public Response<List<LibraryInfo>> functionList() {
        return queue(o -> o.functionList());
    }

    @Override
    public Response<List<Object>> functionList(byte[] p1) {
        return queue((o, a) -> o.functionList(a), p1);
    }

    @Override
    public Response<List<LibraryInfo>> functionList(String p1) {
        return queue((o, a) -> o.functionList(a), p1);
    }

    @Override
    public Response<List<Object>> functionListBinary() {
        return queue(o -> o.functionListBinary());
    }

    @Override
    public Response<List<LibraryInfo>> functionListWithCode() {
        return queue(o -> o.functionListWithCode());
    }

    @Override
    public Response<List<Object>> functionListWithCode(byte[] p1) {
        return queue((o, a) -> o.functionListWithCode(a), p1);
    }

    @Override
    public Response<List<LibraryInfo>> functionListWithCode(String p1) {
        return queue((o, a) -> o.functionListWithCode(a), p1);
    }

    @Override
    public Response<List<Object>> functionListWithCodeBinary() {
        return queue(o -> o.functionListWithCodeBinary());
    }

    @Override
    public Response<String> functionLoad(byte[] p1) {
        return queue((o, a) -> o.functionLoad(a), p1);
    }

    @Override
    public Response<String> functionLoad(String p1) {
        return queue((o, a) -> o.functionLoad(a), p1);
    }

    @Override
    public Response<String> functionLoadReplace(byte[] p1) {
        return queue((o, a) -> o.functionLoadReplace(a), p1);
    }

    @Override
    public Response<String> functionLoadReplace(String p1) {
        return queue((o, a) -> o.functionLoadReplace(a), p1);
    }

    @Override
    public Response<String> functionRestore(byte[] p1) {
        return queue((o, a) -> o.functionRestore(a), p1);
    }

    @Override
    public Response<String> functionRestore(byte[] p1, FunctionRestorePolicy p2) {
        return queue((o, a, b) -> o.functionRestore(a, b), p1, p2);
    }

    @Override
    public Response<FunctionStats> functionStats() {
        return queue(o -> o.functionStats());
    }

    @Override
    public Response<Object> functionStatsBinary() {
        return queue(o -> o.functionStatsBinary());
    }

    @Override
    public Response<Long> geoadd(byte[] p1, double p2, double p3, byte[] p4) {
        return queue((o, a, b, c, d) -> o.geoadd(a, (double) b, (double) c, d), p1, p2, p3, p4);
    }

    @Override
    public Response<Long> geoadd(byte[] p1, Map<byte[], GeoCoordinate> p2) {
        return queue((o, a, b) -> o.geoadd(a, b), p1, p2);
    }

    @Override
    public Response<Long> geoadd(byte[] p1, GeoAddParams p2, Map<byte[], GeoCoordinate> p3) {
        return queue((o, a, b, c) -> o.geoadd(a, b, c), p1, p2, p3);
    }

    @Override
    public Response<Long> geoadd(String p1, double p2, double p3, String p4) {
        return queue((o, a, b, c, d) -> o.geoadd(a, (double) b, (double) c, d), p1, p2, p3, p4);
    }

    @Override
    public Response<Long> geoadd(String p1, Map<String, GeoCoordinate> p2) {
        return queue((o, a, b) -> o.geoadd(a, b), p1, p2);
    }

    @Override
    public Response<Long> geoadd(String p1, GeoAddParams p2, Map<String, GeoCoordinate> p3) {
        return queue((o, a, b, c) -> o.geoadd(a, b, c), p1, p2, p3);
    }

    @Override
    public Response<Double> geodist(byte[] p1, byte[] p2, byte[] p3) {
        return queue((o, a, b, c) -> o.geodist(a, b, c), p1, p2, p3);
    }

    @Override
    public Response<Double> geodist(byte[] p1, byte[] p2, byte[] p3, GeoUnit p4) {
        return queue((o, a, b, c, d) -> o.geodist(a, b, c, d), p1, p2, p3, p4);
    }

    @Override
    public Response<Double> geodist(String p1, String p2, String p3) {
        return queue((o, a, b, c) -> o.geodist(a, b, c), p1, p2, p3);
    }

    @Override
    public Response<Double> geodist(String p1, String p2, String p3, GeoUnit p4) {
        return queue((o, a, b, c, d) -> o.geodist(a, b, c, d), p1, p2, p3, p4);
    }

    @Override
    public Response<List<byte[]>> geohash(byte[] p1, byte[]... p2) {
        return queue((o, a, b) -> o.geohash(a, b), p1, p2);
    }

    @Override
    public Response<List<String>> geohash(String p1, String... p2) {
        return queue((o, a, b) -> o.geohash(a, b), p1, p2);
    }

    @Override
    public Response<List<GeoCoordinate>> geopos(byte[] p1, byte[]... p2) {
        return queue((o, a, b) -> o.geopos(a, b), p1, p2);
    }

    @Override
    public Response<List<GeoCoordinate>> geopos(String p1, String... p2) {
        return queue((o, a, b) -> o.geopos(a, b), p1, p2);
    }

    @Override
    public Response<List<GeoRadiusResponse>> georadius(byte[] p1, double p2, double p3, double p4, GeoUnit p5) {
        return queue((o, a, b, c, d, e) -> o.georadius(a, (double) b, (double) c, (double) d, e), p1, p2, p3, p4, p5);
    }

    @Override
    public Response<List<GeoRadiusResponse>> georadius(byte[] p1, double p2, double p3, double p4, GeoUnit p5, GeoRadiusParam p6) {
        return queue((o, a, b, c, d, e, f) -> o.georadius(a, (double) b, (double) c, (double) d, e, f), p1, p2, p3, p4, p5, p6);
    }

    @Override
    public Response<List<GeoRadiusResponse>> georadius(String p1, double p2, double p3, double p4, GeoUnit p5) {
        return queue((o, a, b, c, d, e) -> o.georadius(a, (double) b, (double) c, (double) d, e), p1, p2, p3, p4, p5);
    }

    @Override
    public Response<List<GeoRadiusResponse>> georadius(String p1, double p2, double p3, double p4, GeoUnit p5, GeoRadiusParam p6) {
        return queue((o, a, b, c, d, e, f) -> o.georadius(a, (double) b, (double) c, (double) d, e, f), p1, p2, p3, p4, p5, p6);
    }

    @Override
    public Response<List<GeoRadiusResponse>> georadiusByMember(byte[] p1, byte[] p2, double p3, GeoUnit p4) {
        return queue((o, a, b, c, d) -> o.georadiusByMember(a, b, (double) c, d), p1, p2, p3, p4);
    }

    @Override
    public Response<List<GeoRadiusResponse>> georadiusByMember(byte[] p1, byte[] p2, double p3, GeoUnit p4, GeoRadiusParam p5) {
        return queue((o, a, b, c, d, e) -> o.georadiusByMember(a, b, (double) c, d, e), p1, p2, p3, p4, p5);
    }

    @Override
    public Response<List<GeoRadiusResponse>> georadiusByMember(String p1, String p2, double p3, GeoUnit p4) {
        return queue((o, a, b, c, d) -> o.georadiusByMember(a, b, (double) c, d), p1, p2, p3, p4);
    }

    @Override
    public Response<List<GeoRadiusResponse>> georadiusByMember(String p1, String p2, double p3, GeoUnit p4, GeoRadiusParam p5) {
        return queue((o, a, b, c, d, e) -> o.georadiusByMember(a, b, (double) c, d, e), p1, p2, p3, p4, p5);
    }

    @Override
    public Response<List<GeoRadiusResponse>> georadiusByMemberReadonly(byte[] p1, byte[] p2, double p3, GeoUnit p4) {
        return queue((o, a, b, c, d) -> o.georadiusByMemberReadonly(a, b, (double) c, d), p1, p2, p3, p4);
    }

    @Override
    public Response<List<GeoRadiusResponse>> georadiusByMemberReadonly(byte[] p1, byte[] p2, double p3, GeoUnit p4, GeoRadiusParam p5) {
        return queue((o, a, b, c, d, e) -> o.georadiusByMemberReadonly(a, b, (double) c, d, e), p1, p2, p3, p4, p5);
    }

    @Override
    public Response<List<GeoRadiusResponse>> georadiusByMemberReadonly(String p1, String p2, double p3, GeoUnit p4) {
        return queue((o, a, b, c, d) -> o.georadiusByMemberReadonly(a, b, (double) c, d), p1, p2, p3, p4);
    }

    @Override
    public Response<List<GeoRadiusResponse>> georadiusByMemberReadonly(String p1, String p2, double p3, GeoUnit p4, GeoRadiusParam p5) {
        return queue((o, a, b, c, d, e) -> o.georadiusByMemberReadonly(a, b, (double) c, d, e), p1, p2, p3, p4, p5);
    }

    @Override
    public Response<Long> georadiusByMemberStore(byte[] p1, byte[] p2, double p3, GeoUnit p4, GeoRadiusParam p5, GeoRadiusStoreParam p6) {
        return queue((o, a, b, c, d, e, f) -> o.georadiusByMemberStore(a, b, (double) c, d, e, f), p1, p2, p3, p4, p5, p6);
    }

    @Override
    public Response<Long> georadiusByMemberStore(String p1, String p2, double p3, GeoUnit p4, GeoRadiusParam p5, GeoRadiusStoreParam p6) {
        return queue((o, a, b, c, d, e, f) -> o.georadiusByMemberStore(a, b, (double) c, d, e, f), p1, p2, p3, p4, p5, p6);
    }

    @Override
    public Response<List<GeoRadiusResponse>> georadiusReadonly(byte[] p1, double p2, double p3, double p4, GeoUnit p5) {
        return queue((o, a, b, c, d, e) -> o.georadiusReadonly(a, (double) b, (double) c, (double) d, e), p1, p2, p3, p4, p5);
    }

    @Override
    public Response<List<GeoRadiusResponse>> georadiusReadonly(byte[] p1, double p2, double p3, double p4, GeoUnit p5, GeoRadiusParam p6) {
        return queue((o, a, b, c, d, e, f) -> o.georadiusReadonly(a, (double) b, (double) c, (double) d, e, f), p1, p2, p3, p4, p5, p6);
    }

    @Override
    public Response<List<GeoRadiusResponse>> georadiusReadonly(String p1, double p2, double p3, double p4, GeoUnit p5) {
        return queue((o, a, b, c, d, e) -> o.georadiusReadonly(a, (double) b, (double) c, (double) d, e), p1, p2, p3, p4, p5);
    }

    @Override
    public Response<List<GeoRadiusResponse>> georadiusReadonly(String p1, double p2, double p3, double p4, GeoUnit p5, GeoRadiusParam p6) {
        return queue((o, a, b, c, d, e, f) -> o.georadiusReadonly(a, (double) b, (double) c, (double) d, e, f), p1, p2, p3, p4, p5, p6);
    }

    @Override
    public Response<Long> georadiusStore(byte[] p1, double p2, double p3, double p4, GeoUnit p5, GeoRadiusParam p6, GeoRadiusStoreParam p7) {
        return queue((o, a, b, c, d, e, f, g) -> o.georadiusStore(a, (double) b, (double) c, (double) d, e, f, g), p1, p2, p3, p4, p5, p6, p7);
    }

    @Override
    public Response<Long> georadiusStore(String p1, double p2, double p3, double p4, GeoUnit p5, GeoRadiusParam p6, GeoRadiusStoreParam p7) {
        return queue((o, a, b, c, d, e, f, g) -> o.georadiusStore(a, (double) b, (double) c, (double) d, e, f, g), p1, p2, p3, p4, p5, p6, p7);
    }

    @Override
    public Response<List<GeoRadiusResponse>> geosearch(byte[] p1, byte[] p2, double p3, double p4, GeoUnit p5) {
        return queue((o, a, b, c, d, e) -> o.geosearch(a, b, (double) c, (double) d, e), p1, p2, p3, p4, p5);
    }

    @Override
    public Response<List<GeoRadiusResponse>> geosearch(byte[] p1, byte[] p2, double p3, GeoUnit p4) {
        return queue((o, a, b, c, d) -> o.geosearch(a, b, (double) c, d), p1, p2, p3, p4);
    }

    @Override
    public Response<List<GeoRadiusResponse>> geosearch(byte[] p1, GeoCoordinate p2, double p3, double p4, GeoUnit p5) {
        return queue((o, a, b, c, d, e) -> o.geosearch(a, b, (double) c, (double) d, e), p1, p2, p3, p4, p5);
    }

    @Override
    public Response<List<GeoRadiusResponse>> geosearch(byte[] p1, GeoCoordinate p2, double p3, GeoUnit p4) {
        return queue((o, a, b, c, d) -> o.geosearch(a, b, (double) c, d), p1, p2, p3, p4);
    }

    @Override
    public Response<List<GeoRadiusResponse>> geosearch(byte[] p1, GeoSearchParam p2) {
        return queue((o, a, b) -> o.geosearch(a, b), p1, p2);
    }

    @Override
    public Response<List<GeoRadiusResponse>> geosearch(String p1, String p2, double p3, double p4, GeoUnit p5) {
        return queue((o, a, b, c, d, e) -> o.geosearch(a, b, (double) c, (double) d, e), p1, p2, p3, p4, p5);
    }

    @Override
    public Response<List<GeoRadiusResponse>> geosearch(String p1, String p2, double p3, GeoUnit p4) {
        return queue((o, a, b, c, d) -> o.geosearch(a, b, (double) c, d), p1, p2, p3, p4);
    }

    @Override
    public Response<List<GeoRadiusResponse>> geosearch(String p1, GeoCoordinate p2, double p3, double p4, GeoUnit p5) {
        return queue((o, a, b, c, d, e) -> o.geosearch(a, b, (double) c, (double) d, e), p1, p2, p3, p4, p5);
    }

    @Override
    public Response<List<GeoRadiusResponse>> geosearch(String p1, GeoCoordinate p2, double p3, GeoUnit p4) {
        return queue((o, a, b, c, d) -> o.geosearch(a, b, (double) c, d), p1, p2, p3, p4);
    }

    @Override
    public Response<List<GeoRadiusResponse>> geosearch(String p1, GeoSearchParam p2) {
        return queue((o, a, b) -> o.geosearch(a, b), p1, p2);
    }

    @Override
    public Response<Long> geosearchStore(byte[] p1, byte[] p2, byte[] p3, double p4, double p5, GeoUnit p6) {
        return queue((o, a, b, c, d, e, f) -> o.geosearchStore(a, b, c, (double) d, (double) e, f), p1, p2, p3, p4, p5, p6);
    }

    @Override
    public Response<Long> geosearchStore(byte[] p1, byte[] p2, byte[] p3, double p4, GeoUnit p5) {
        return queue((o, a, b, c, d, e) -> o.geosearchStore(a, b, c, (double) d, e), p1, p2, p3, p4, p5);
    }

    @Override
    public Response<Long> geosearchStore(byte[] p1, byte[] p2, GeoCoordinate p3, double p4, double p5, GeoUnit p6) {
        return queue((o, a, b, c, d, e, f) -> o.geosearchStore(a, b, c, (double) d, (double) e, f), p1, p2, p3, p4, p5, p6);
    }

    @Override
    public Response<Long> geosearchStore(byte[] p1, byte[] p2, GeoCoordinate p3, double p4, GeoUnit p5) {
        return queue((o, a, b, c, d, e) -> o.geosearchStore(a, b, c, (double) d, e), p1, p2, p3, p4, p5);
    }

    @Override
    public Response<Long> geosearchStore(byte[] p1, byte[] p2, GeoSearchParam p3) {
        return queue((o, a, b, c) -> o.geosearchStore(a, b, c), p1, p2, p3);
    }

    @Override
    public Response<Long> geosearchStore(String p1, String p2, String p3, double p4, double p5, GeoUnit p6) {
        return queue((o, a, b, c, d, e, f) -> o.geosearchStore(a, b, c, (double) d, (double) e, f), p1, p2, p3, p4, p5, p6);
    }

    @Override
    public Response<Long> geosearchStore(String p1, String p2, String p3, double p4, GeoUnit p5) {
        return queue((o, a, b, c, d, e) -> o.geosearchStore(a, b, c, (double) d, e), p1, p2, p3, p4, p5);
    }

    @Override
    public Response<Long> geosearchStore(String p1, String p2, GeoCoordinate p3, double p4, double p5, GeoUnit p6) {
        return queue((o, a, b, c, d, e, f) -> o.geosearchStore(a, b, c, (double) d, (double) e, f), p1, p2, p3, p4, p5, p6);
    }

    @Override
    public Response<Long> geosearchStore(String p1, String p2, GeoCoordinate p3, double p4, GeoUnit p5) {
        return queue((o, a, b, c, d, e) -> o.geosearchStore(a, b, c, (double) d, e), p1, p2, p3, p4, p5);
    }

    @Override
    public Response<Long> geosearchStore(String p1, String p2, GeoSearchParam p3) {
        return queue((o, a, b, c) -> o.geosearchStore(a, b, c), p1, p2, p3);
    }

    @Override
    public Response<Long> geosearchStoreStoreDist(byte[] p1, byte[] p2, GeoSearchParam p3) {
        return queue((o, a, b, c) -> o.geosearchStoreStoreDist(a, b, c), p1, p2, p3);
    }

    @Override
    public Response<Long> geosearchStoreStoreDist(String p1, String p2, GeoSearchParam p3) {
        return queue((o, a, b, c) -> o.geosearchStoreStoreDist(a, b, c), p1, p2, p3);
    }

    @Override
    public Response<byte[]> get(byte[] p1) {
        return queue((o, a) -> o.get(a), p1);
    }

    @Override
    public Response<String> get(String p1) {
        return queue((o, a) -> o.get(a), p1);
    }

    @Override
    public Response<byte[]> getDel(byte[] p1) {
        return queue((o, a) -> o.getDel(a), p1);
    }

    @Override
    public Response<String> getDel(String p1) {
        return queue((o, a) -> o.getDel(a), p1);
    }

    @Override
    public Response<byte[]> getEx(byte[] p1, GetExParams p2) {
        return queue((o, a, b) -> o.getEx(a, b), p1, p2);
    }

    @Override
    public Response<String> getEx(String p1, GetExParams p2) {
        return queue((o, a, b) -> o.getEx(a, b), p1, p2);
    }

    @Override
    public Response<byte[]> getSet(byte[] p1, byte[] p2) {
        return queue((o, a, b) -> o.getSet(a, b), p1, p2);
    }

    @Override
    public Response<String> getSet(String p1, String p2) {
        return queue((o, a, b) -> o.getSet(a, b), p1, p2);
    }

    @Override
    public Response<Boolean> getbit(byte[] p1, long p2) {
        return queue((o, a, b) -> o.getbit(a, (long) b), p1, p2);
    }

    @Override
    public Response<Boolean> getbit(String p1, long p2) {
        return queue((o, a, b) -> o.getbit(a, (long) b), p1, p2);
    }

    @Override
    public Response<byte[]> getrange(byte[] p1, long p2, long p3) {
        return queue((o, a, b, c) -> o.getrange(a, (long) b, (long) c), p1, p2, p3);
    }

    @Override
    public Response<String> getrange(String p1, long p2, long p3) {
        return queue((o, a, b, c) -> o.getrange(a, (long) b, (long) c), p1, p2, p3);
    }

    @Override
    public Response<Long> hdel(byte[] p1, byte[]... p2) {
        return queue((o, a, b) -> o.hdel(a, b), p1, p2);
    }

    @Override
    public Response<Long> hdel(String p1, String... p2) {
        return queue((o, a, b) -> o.hdel(a, b), p1, p2);
    }

    @Override
    public Response<Boolean> hexists(byte[] p1, byte[] p2) {
        return queue((o, a, b) -> o.hexists(a, b), p1, p2);
    }

    @Override
    public Response<Boolean> hexists(String p1, String p2) {
        return queue((o, a, b) -> o.hexists(a, b), p1, p2);
    }

    @Override
    public Response<List<Long>> hexpire(byte[] p1, long p2, byte[]... p3) {
        return queue((o, a, b, c) -> o.hexpire(a, (long) b, c), p1, p2, p3);
    }

    @Override
    public Response<List<Long>> hexpire(byte[] p1, long p2, ExpiryOption p3, byte[]... p4) {
        return queue((o, a, b, c, d) -> o.hexpire(a, (long) b, c, d), p1, p2, p3, p4);
    }

    @Override
    public Response<List<Long>> hexpire(String p1, long p2, String... p3) {
        return queue((o, a, b, c) -> o.hexpire(a, (long) b, c), p1, p2, p3);
    }

    @Override
    public Response<List<Long>> hexpire(String p1, long p2, ExpiryOption p3, String... p4) {
        return queue((o, a, b, c, d) -> o.hexpire(a, (long) b, c, d), p1, p2, p3, p4);
    }

    @Override
    public Response<List<Long>> hexpireAt(byte[] p1, long p2, byte[]... p3) {
        return queue((o, a, b, c) -> o.hexpireAt(a, (long) b, c), p1, p2, p3);
    }

    @Override
    public Response<List<Long>> hexpireAt(byte[] p1, long p2, ExpiryOption p3, byte[]... p4) {
        return queue((o, a, b, c, d) -> o.hexpireAt(a, (long) b, c, d), p1, p2, p3, p4);
    }

    @Override
    public Response<List<Long>> hexpireAt(String p1, long p2, String... p3) {
        return queue((o, a, b, c) -> o.hexpireAt(a, (long) b, c), p1, p2, p3);
    }

    @Override
    public Response<List<Long>> hexpireAt(String p1, long p2, ExpiryOption p3, String... p4) {
        return queue((o, a, b, c, d) -> o.hexpireAt(a, (long) b, c, d), p1, p2, p3, p4);
    }

    @Override
    public Response<List<Long>> hexpireTime(byte[] p1, byte[]... p2) {
        return queue((o, a, b) -> o.hexpireTime(a, b), p1, p2);
    }

    @Override
    public Response<List<Long>> hexpireTime(String p1, String... p2) {
        return queue((o, a, b) -> o.hexpireTime(a, b), p1, p2);
    }

    @Override
    public Response<byte[]> hget(byte[] p1, byte[] p2) {
        return queue((o, a, b) -> o.hget(a, b), p1, p2);
    }

    @Override
    public Response<String> hget(String p1, String p2) {
        return queue((o, a, b) -> o.hget(a, b), p1, p2);
    }

    @Override
    public Response<Map<byte[], byte[]>> hgetAll(byte[] p1) {
        return queue((o, a) -> o.hgetAll(a), p1);
    }

    @Override
    public Response<Map<String, String>> hgetAll(String p1) {
        return queue((o, a) -> o.hgetAll(a), p1);
    }

    @Override
    public Response<List<byte[]>> hgetdel(byte[] p1, byte[]... p2) {
        return queue((o, a, b) -> o.hgetdel(a, b), p1, p2);
    }

    @Override
    public Response<List<String>> hgetdel(String p1, String... p2) {
        return queue((o, a, b) -> o.hgetdel(a, b), p1, p2);
    }

    @Override
    public Response<List<byte[]>> hgetex(byte[] p1, HGetExParams p2, byte[]... p3) {
        return queue((o, a, b, c) -> o.hgetex(a, b, c), p1, p2, p3);
    }

    @Override
    public Response<List<String>> hgetex(String p1, HGetExParams p2, String... p3) {
        return queue((o, a, b, c) -> o.hgetex(a, b, c), p1, p2, p3);
    }

    @Override
    public Response<String> himportSet(byte[] p1, HashImport p2, byte[]... p3) {
        return unsupported("public abstract redis.clients.jedis.Response redis.clients.jedis.commands.HashPipelineBinaryCommands.himportSet(byte[],redis.clients.jedis.HashImport,byte[][])");
    }

    @Override
    public Response<String> himportSet(String p1, HashImport p2, String... p3) {
        return unsupported("public abstract redis.clients.jedis.Response redis.clients.jedis.commands.HashPipelineCommands.himportSet(java.lang.String,redis.clients.jedis.HashImport,java.lang.String[])");
    }

    @Override
    public Response<Long> hincrBy(byte[] p1, byte[] p2, long p3) {
        return queue((o, a, b, c) -> o.hincrBy(a, b, (long) c), p1, p2, p3);
    }

    @Override
    public Response<Long> hincrBy(String p1, String p2, long p3) {
        return queue((o, a, b, c) -> o.hincrBy(a, b, (long) c), p1, p2, p3);
    }

    @Override
    public Response<Double> hincrByFloat(byte[] p1, byte[] p2, double p3) {
        return queue((o, a, b, c) -> o.hincrByFloat(a, b, (double) c), p1, p2, p3);
    }

    @Override
    public Response<Double> hincrByFloat(String p1, String p2, double p3) {
        return queue((o, a, b, c) -> o.hincrByFloat(a, b, (double) c), p1, p2, p3);
    }

    @Override
    public Response<Set<byte[]>> hkeys(byte[] p1) {
        return queue((o, a) -> o.hkeys(a), p1);
    }

    @Override
    public Response<Set<String>> hkeys(String p1) {
        return queue((o, a) -> o.hkeys(a), p1);
    }

    @Override
    public Response<Long> hlen(byte[] p1) {
        return queue((o, a) -> o.hlen(a), p1);
    }

    @Override
    public Response<Long> hlen(String p1) {
        return queue((o, a) -> o.hlen(a), p1);
    }

    @Override
    public Response<List<byte[]>> hmget(byte[] p1, byte[]... p2) {
        return queue((o, a, b) -> o.hmget(a, b), p1, p2);
    }

    @Override
    public Response<List<String>> hmget(String p1, String... p2) {
        return queue((o, a, b) -> o.hmget(a, b), p1, p2);
    }

    @Override
    public Response<String> hmset(byte[] p1, Map<byte[], byte[]> p2) {
        return queue((o, a, b) -> o.hmset(a, b), p1, p2);
    }

    @Override
    public Response<String> hmset(String p1, Map<String, String> p2) {
        return queue((o, a, b) -> o.hmset(a, b), p1, p2);
    }

    @Override
    public Response<List<Long>> hpersist(byte[] p1, byte[]... p2) {
        return queue((o, a, b) -> o.hpersist(a, b), p1, p2);
    }

    @Override
    public Response<List<Long>> hpersist(String p1, String... p2) {
        return queue((o, a, b) -> o.hpersist(a, b), p1, p2);
    }

    @Override
    public Response<List<Long>> hpexpire(byte[] p1, long p2, byte[]... p3) {
        return queue((o, a, b, c) -> o.hpexpire(a, (long) b, c), p1, p2, p3);
    }

    @Override
    public Response<List<Long>> hpexpire(byte[] p1, long p2, ExpiryOption p3, byte[]... p4) {
        return queue((o, a, b, c, d) -> o.hpexpire(a, (long) b, c, d), p1, p2, p3, p4);
    }

    @Override
    public Response<List<Long>> hpexpire(String p1, long p2, String... p3) {
        return queue((o, a, b, c) -> o.hpexpire(a, (long) b, c), p1, p2, p3);
    }

    @Override
    public Response<List<Long>> hpexpire(String p1, long p2, ExpiryOption p3, String... p4) {
        return queue((o, a, b, c, d) -> o.hpexpire(a, (long) b, c, d), p1, p2, p3, p4);
    }

    @Override
    public Response<List<Long>> hpexpireAt(byte[] p1, long p2, byte[]... p3) {
        return queue((o, a, b, c) -> o.hpexpireAt(a, (long) b, c), p1, p2, p3);
    }

    @Override
    public Response<List<Long>> hpexpireAt(byte[] p1, long p2, ExpiryOption p3, byte[]... p4) {
        return queue((o, a, b, c, d) -> o.hpexpireAt(a, (long) b, c, d), p1, p2, p3, p4);
    }

    @Override
    public Response<List<Long>> hpexpireAt(String p1, long p2, String... p3) {
        return queue((o, a, b, c) -> o.hpexpireAt(a, (long) b, c), p1, p2, p3);
    }

    @Override
    public Response<List<Long>> hpexpireAt(String p1, long p2, ExpiryOption p3, String... p4) {
        return queue((o, a, b, c, d) -> o.hpexpireAt(a, (long) b, c, d), p1, p2, p3, p4);
    }

    @Override
    public Response<List<Long>> hpexpireTime(byte[] p1, byte[]... p2) {
        return queue((o, a, b) -> o.hpexpireTime(a, b), p1, p2);
    }

    @Override
    public Response<List<Long>> hpexpireTime(String p1, String... p2) {
        return queue((o, a, b) -> o.hpexpireTime(a, b), p1, p2);
    }

    @Override
    public Response<List<Long>> hpttl(byte[] p1, byte[]... p2) {
        return queue((o, a, b) -> o.hpttl(a, b), p1, p2);
    }

    @Override
    public Response<List<Long>> hpttl(String p1, String... p2) {
        return queue((o, a, b) -> o.hpttl(a, b), p1, p2);
    }

    @Override
    public Response<byte[]> hrandfield(byte[] p1) {
        return queue((o, a) -> o.hrandfield(a), p1);
    }

    @Override
    public Response<List<byte[]>> hrandfield(byte[] p1, long p2) {
        return queue((o, a, b) -> o.hrandfield(a, (long) b), p1, p2);
    }

    @Override
    public Response<String> hrandfield(String p1) {
        return queue((o, a) -> o.hrandfield(a), p1);
    }

    @Override
    public Response<List<String>> hrandfield(String p1, long p2) {
        return queue((o, a, b) -> o.hrandfield(a, (long) b), p1, p2);
    }

    @Override
    public Response<List<Map.Entry<byte[], byte[]>>> hrandfieldWithValues(byte[] p1, long p2) {
        return queue((o, a, b) -> o.hrandfieldWithValues(a, (long) b), p1, p2);
    }

    @Override
    public Response<List<Map.Entry<String, String>>> hrandfieldWithValues(String p1, long p2) {
        return queue((o, a, b) -> o.hrandfieldWithValues(a, (long) b), p1, p2);
    }

    @Override
    public Response<ScanResult<Map.Entry<byte[], byte[]>>> hscan(byte[] p1, byte[] p2) {
        return unsupported("public default redis.clients.jedis.Response redis.clients.jedis.commands.HashPipelineBinaryCommands.hscan(byte[],byte[])");
    }

    @Override
    public Response<ScanResult<Map.Entry<byte[], byte[]>>> hscan(byte[] p1, byte[] p2, ScanParams p3) {
        return queue((o, a, b, c) -> o.hscan(a, b, c), p1, p2, p3);
    }

    @Override
    public Response<ScanResult<Map.Entry<String, String>>> hscan(String p1, String p2) {
        return unsupported("public default redis.clients.jedis.Response redis.clients.jedis.commands.HashPipelineCommands.hscan(java.lang.String,java.lang.String)");
    }

    @Override
    public Response<ScanResult<Map.Entry<String, String>>> hscan(String p1, String p2, ScanParams p3) {
        return queue((o, a, b, c) -> o.hscan(a, b, c), p1, p2, p3);
    }

    @Override
    public Response<ScanResult<byte[]>> hscanNoValues(byte[] p1, byte[] p2) {
        return unsupported("public default redis.clients.jedis.Response redis.clients.jedis.commands.HashPipelineBinaryCommands.hscanNoValues(byte[],byte[])");
    }

    @Override
    public Response<ScanResult<byte[]>> hscanNoValues(byte[] p1, byte[] p2, ScanParams p3) {
        return queue((o, a, b, c) -> o.hscanNoValues(a, b, c), p1, p2, p3);
    }

    @Override
    public Response<ScanResult<String>> hscanNoValues(String p1, String p2) {
        return unsupported("public default redis.clients.jedis.Response redis.clients.jedis.commands.HashPipelineCommands.hscanNoValues(java.lang.String,java.lang.String)");
    }

    @Override
    public Response<ScanResult<String>> hscanNoValues(String p1, String p2, ScanParams p3) {
        return queue((o, a, b, c) -> o.hscanNoValues(a, b, c), p1, p2, p3);
    }

    @Override
    public Response<Long> hset(byte[] p1, byte[] p2, byte[] p3) {
        return queue((o, a, b, c) -> o.hset(a, b, c), p1, p2, p3);
    }

    @Override
    public Response<Long> hset(byte[] p1, Map<byte[], byte[]> p2) {
        return queue((o, a, b) -> o.hset(a, b), p1, p2);
    }

    @Override
    public Response<Long> hset(String p1, String p2, String p3) {
        return queue((o, a, b, c) -> o.hset(a, b, c), p1, p2, p3);
    }

    @Override
    public Response<Long> hset(String p1, Map<String, String> p2) {
        return queue((o, a, b) -> o.hset(a, b), p1, p2);
    }

    @Override
    public Response<Long> hsetex(byte[] p1, HSetExParams p2, byte[] p3, byte[] p4) {
        return queue((o, a, b, c, d) -> o.hsetex(a, b, c, d), p1, p2, p3, p4);
    }

    @Override
    public Response<Long> hsetex(byte[] p1, HSetExParams p2, Map<byte[], byte[]> p3) {
        return queue((o, a, b, c) -> o.hsetex(a, b, c), p1, p2, p3);
    }

    @Override
    public Response<Long> hsetex(String p1, HSetExParams p2, String p3, String p4) {
        return queue((o, a, b, c, d) -> o.hsetex(a, b, c, d), p1, p2, p3, p4);
    }

    @Override
    public Response<Long> hsetex(String p1, HSetExParams p2, Map<String, String> p3) {
        return queue((o, a, b, c) -> o.hsetex(a, b, c), p1, p2, p3);
    }

    @Override
    public Response<Long> hsetnx(byte[] p1, byte[] p2, byte[] p3) {
        return queue((o, a, b, c) -> o.hsetnx(a, b, c), p1, p2, p3);
    }

    @Override
    public Response<Long> hsetnx(String p1, String p2, String p3) {
        return queue((o, a, b, c) -> o.hsetnx(a, b, c), p1, p2, p3);
    }

    @Override
    public Response<Long> hstrlen(byte[] p1, byte[] p2) {
        return queue((o, a, b) -> o.hstrlen(a, b), p1, p2);
    }

    @Override
    public Response<Long> hstrlen(String p1, String p2) {
        return queue((o, a, b) -> o.hstrlen(a, b), p1, p2);
    }

    @Override
    public Response<List<Long>> httl(byte[] p1, byte[]... p2) {
        return queue((o, a, b) -> o.httl(a, b), p1, p2);
    }

    @Override
    public Response<List<Long>> httl(String p1, String... p2) {
        return queue((o, a, b) -> o.httl(a, b), p1, p2);
    }

    @Override
    public Response<List<byte[]>> hvals(byte[] p1) {
        return queue((o, a) -> o.hvals(a), p1);
    }

    @Override
    public Response<List<String>> hvals(String p1) {
        return queue((o, a) -> o.hvals(a), p1);
    }

    @Override
    public Response<Long> incr(byte[] p1) {
        return queue((o, a) -> o.incr(a), p1);
    }

    @Override
    public Response<Long> incr(String p1) {
        return queue((o, a) -> o.incr(a), p1);
    }

    @Override
    public Response<Long> incrBy(byte[] p1, long p2) {
        return queue((o, a, b) -> o.incrBy(a, (long) b), p1, p2);
    }

    @Override
    public Response<Long> incrBy(String p1, long p2) {
        return queue((o, a, b) -> o.incrBy(a, (long) b), p1, p2);
    }

    @Override
    public Response<Double> incrByFloat(byte[] p1, double p2) {
        return queue((o, a, b) -> o.incrByFloat(a, (double) b), p1, p2);
    }

    @Override
    public Response<Double> incrByFloat(String p1, double p2) {
        return queue((o, a, b) -> o.incrByFloat(a, (double) b), p1, p2);
    }

    @Override
    public Response<List<Long>> increx(byte[] p1) {
        return queue((o, a) -> o.increx(a), p1);
    }

    @Override
    public Response<List<Double>> increx(byte[] p1, double p2, IncrexFloatParams p3) {
        return queue((o, a, b, c) -> o.increx(a, (double) b, c), p1, p2, p3);
    }

    @Override
    public Response<List<Long>> increx(byte[] p1, long p2, IncrexParams p3) {
        return queue((o, a, b, c) -> o.increx(a, (long) b, c), p1, p2, p3);
    }

    @Override
    public Response<List<Long>> increx(String p1) {
        return queue((o, a) -> o.increx(a), p1);
    }

    @Override
    public Response<List<Double>> increx(String p1, double p2, IncrexFloatParams p3) {
        return queue((o, a, b, c) -> o.increx(a, (double) b, c), p1, p2, p3);
    }

    @Override
    public Response<List<Long>> increx(String p1, long p2, IncrexParams p3) {
        return queue((o, a, b, c) -> o.increx(a, (long) b, c), p1, p2, p3);
    }

    @Override
    public Response<Set<byte[]>> keys(byte[] p1) {
        return queue((o, a) -> o.keys(a), p1);
    }

    @Override
    public Response<Set<String>> keys(String p1) {
        return queue((o, a) -> o.keys(a), p1);
    }

    @Override
    public Response<LCSMatchResult> lcs(byte[] p1, byte[] p2, LCSParams p3) {
        return queue((o, a, b, c) -> o.lcs(a, b, c), p1, p2, p3);
    }

    @Override
    public Response<LCSMatchResult> lcs(String p1, String p2, LCSParams p3) {
        return queue((o, a, b, c) -> o.lcs(a, b, c), p1, p2, p3);
    }

    @Override
    public Response<byte[]> lindex(byte[] p1, long p2) {
        return queue((o, a, b) -> o.lindex(a, (long) b), p1, p2);
    }

    @Override
    public Response<String> lindex(String p1, long p2) {
        return queue((o, a, b) -> o.lindex(a, (long) b), p1, p2);
    }

    @Override
    public Response<Long> linsert(byte[] p1, ListPosition p2, byte[] p3, byte[] p4) {
        return queue((o, a, b, c, d) -> o.linsert(a, b, c, d), p1, p2, p3, p4);
    }

    @Override
    public Response<Long> linsert(String p1, ListPosition p2, String p3, String p4) {
        return queue((o, a, b, c, d) -> o.linsert(a, b, c, d), p1, p2, p3, p4);
    }

    @Override
    public Response<Long> llen(byte[] p1) {
        return queue((o, a) -> o.llen(a), p1);
    }

    @Override
    public Response<Long> llen(String p1) {
        return queue((o, a) -> o.llen(a), p1);
    }

    @Override
    public Response<byte[]> lmove(byte[] p1, byte[] p2, ListDirection p3, ListDirection p4) {
        return queue((o, a, b, c, d) -> o.lmove(a, b, c, d), p1, p2, p3, p4);
    }

    @Override
    public Response<String> lmove(String p1, String p2, ListDirection p3, ListDirection p4) {
        return queue((o, a, b, c, d) -> o.lmove(a, b, c, d), p1, p2, p3, p4);
    }

    @Override
    public Response<List<byte[]>> lmovem(byte[] p1, byte[] p2, ListDirection p3, ListDirection p4) {
        return queue((o, a, b, c, d) -> o.lmovem(a, b, c, d), p1, p2, p3, p4);
    }

    @Override
    public Response<List<byte[]>> lmovem(byte[] p1, byte[] p2, ListDirection p3, ListDirection p4, LMoveMParams p5) {
        return queue((o, a, b, c, d, e) -> o.lmovem(a, b, c, d, e), p1, p2, p3, p4, p5);
    }

    @Override
    public Response<List<String>> lmovem(String p1, String p2, ListDirection p3, ListDirection p4) {
        return queue((o, a, b, c, d) -> o.lmovem(a, b, c, d), p1, p2, p3, p4);
    }

    @Override
    public Response<List<String>> lmovem(String p1, String p2, ListDirection p3, ListDirection p4, LMoveMParams p5) {
        return queue((o, a, b, c, d, e) -> o.lmovem(a, b, c, d, e), p1, p2, p3, p4, p5);
    }

    @Override
    public Response<KeyValue<byte[], List<byte[]>>> lmpop(ListDirection p1, byte[]... p2) {
        return queue((o, a, b) -> o.lmpop(a, b), p1, p2);
    }

    @Override
    public Response<KeyValue<byte[], List<byte[]>>> lmpop(ListDirection p1, int p2, byte[]... p3) {
        return queue((o, a, b, c) -> o.lmpop(a, (int) b, c), p1, p2, p3);
    }

    @Override
    public Response<KeyValue<String, List<String>>> lmpop(ListDirection p1, int p2, String... p3) {
        return queue((o, a, b, c) -> o.lmpop(a, (int) b, c), p1, p2, p3);
    }

    @Override
    public Response<KeyValue<String, List<String>>> lmpop(ListDirection p1, String... p2) {
        return queue((o, a, b) -> o.lmpop(a, b), p1, p2);
    }

    @Override
    public Response<byte[]> lpop(byte[] p1) {
        return queue((o, a) -> o.lpop(a), p1);
    }

    @Override
    public Response<List<byte[]>> lpop(byte[] p1, int p2) {
        return queue((o, a, b) -> o.lpop(a, (int) b), p1, p2);
    }

    @Override
    public Response<String> lpop(String p1) {
        return queue((o, a) -> o.lpop(a), p1);
    }

    @Override
    public Response<List<String>> lpop(String p1, int p2) {
        return queue((o, a, b) -> o.lpop(a, (int) b), p1, p2);
    }

    @Override
    public Response<Long> lpos(byte[] p1, byte[] p2) {
        return queue((o, a, b) -> o.lpos(a, b), p1, p2);
    }

    @Override
    public Response<Long> lpos(byte[] p1, byte[] p2, LPosParams p3) {
        return queue((o, a, b, c) -> o.lpos(a, b, c), p1, p2, p3);
    }

    @Override
    public Response<List<Long>> lpos(byte[] p1, byte[] p2, LPosParams p3, long p4) {
        return queue((o, a, b, c, d) -> o.lpos(a, b, c, (long) d), p1, p2, p3, p4);
    }

    @Override
    public Response<Long> lpos(String p1, String p2) {
        return queue((o, a, b) -> o.lpos(a, b), p1, p2);
    }

    @Override
    public Response<Long> lpos(String p1, String p2, LPosParams p3) {
        return queue((o, a, b, c) -> o.lpos(a, b, c), p1, p2, p3);
    }

    @Override
    public Response<List<Long>> lpos(String p1, String p2, LPosParams p3, long p4) {
        return queue((o, a, b, c, d) -> o.lpos(a, b, c, (long) d), p1, p2, p3, p4);
    }

    @Override
    public Response<Long> lpush(byte[] p1, byte[]... p2) {
        return queue((o, a, b) -> o.lpush(a, b), p1, p2);
    }

    @Override
    public Response<Long> lpush(String p1, String... p2) {
        return queue((o, a, b) -> o.lpush(a, b), p1, p2);
    }

    @Override
    public Response<Long> lpushx(byte[] p1, byte[]... p2) {
        return queue((o, a, b) -> o.lpushx(a, b), p1, p2);
    }

    @Override
    public Response<Long> lpushx(String p1, String... p2) {
        return queue((o, a, b) -> o.lpushx(a, b), p1, p2);
    }

    @Override
    public Response<List<byte[]>> lrange(byte[] p1, long p2, long p3) {
        return queue((o, a, b, c) -> o.lrange(a, (long) b, (long) c), p1, p2, p3);
    }

    @Override
    public Response<List<String>> lrange(String p1, long p2, long p3) {
        return queue((o, a, b, c) -> o.lrange(a, (long) b, (long) c), p1, p2, p3);
    }

    @Override
    public Response<Long> lrem(byte[] p1, long p2, byte[] p3) {
        return queue((o, a, b, c) -> o.lrem(a, (long) b, c), p1, p2, p3);
    }

    @Override
    public Response<Long> lrem(String p1, long p2, String p3) {
        return queue((o, a, b, c) -> o.lrem(a, (long) b, c), p1, p2, p3);
    }

    @Override
    public Response<String> lset(byte[] p1, long p2, byte[] p3) {
        return queue((o, a, b, c) -> o.lset(a, (long) b, c), p1, p2, p3);
    }

    @Override
    public Response<String> lset(String p1, long p2, String p3) {
        return queue((o, a, b, c) -> o.lset(a, (long) b, c), p1, p2, p3);
    }

    @Override
    public Response<String> ltrim(byte[] p1, long p2, long p3) {
        return queue((o, a, b, c) -> o.ltrim(a, (long) b, (long) c), p1, p2, p3);
    }

    @Override
    public Response<String> ltrim(String p1, long p2, long p3) {
        return queue((o, a, b, c) -> o.ltrim(a, (long) b, (long) c), p1, p2, p3);
    }

    @Override
    public Response<Long> memoryUsage(byte[] p1) {
        return queue((o, a) -> o.memoryUsage(a), p1);
    }

    @Override
    public Response<Long> memoryUsage(byte[] p1, int p2) {
        return queue((o, a, b) -> o.memoryUsage(a, (int) b), p1, p2);
    }

    @Override
    public Response<Long> memoryUsage(String p1) {
        return queue((o, a) -> o.memoryUsage(a), p1);
    }

    @Override
    public Response<Long> memoryUsage(String p1, int p2) {
        return queue((o, a, b) -> o.memoryUsage(a, (int) b), p1, p2);
    }

    @Override
    public Response<List<byte[]>> mget(byte[]... p1) {
        return queue((o, a) -> o.mget(a), p1);
    }

    @Override
    public Response<List<String>> mget(String... p1) {
        return queue((o, a) -> o.mget(a), p1);
    }

    @Override
    public Response<String> migrate(String p1, int p2, byte[] p3, int p4) {
        return queue((o, a, b, c, d) -> o.migrate(a, (int) b, c, (int) d), p1, p2, p3, p4);
    }

    @Override
    public Response<String> migrate(String p1, int p2, int p3, MigrateParams p4, byte[]... p5) {
        return queue((o, a, b, c, d, e) -> o.migrate(a, (int) b, (int) c, d, e), p1, p2, p3, p4, p5);
    }

    @Override
    public Response<String> migrate(String p1, int p2, int p3, MigrateParams p4, String... p5) {
        return queue((o, a, b, c, d, e) -> o.migrate(a, (int) b, (int) c, d, e), p1, p2, p3, p4, p5);
    }

    @Override
    public Response<String> migrate(String p1, int p2, String p3, int p4) {
        return queue((o, a, b, c, d) -> o.migrate(a, (int) b, c, (int) d), p1, p2, p3, p4);
    }

    @Override
    public Response<String> mset(byte[]... p1) {
        return queue((o, a) -> o.mset(a), p1);
    }

    @Override
    public Response<String> mset(String... p1) {
        return queue((o, a) -> o.mset(a), p1);
    }

    @Override
    public Response<Boolean> msetex(MSetExParams p1, byte[]... p2) {
        return queue((o, a, b) -> o.msetex(a, b), p1, p2);
    }

    @Override
    public Response<Boolean> msetex(MSetExParams p1, String... p2) {
        return queue((o, a, b) -> o.msetex(a, b), p1, p2);
    }

    @Override
    public Response<Long> msetnx(byte[]... p1) {
        return queue((o, a) -> o.msetnx(a), p1);
    }

    @Override
    public Response<Long> msetnx(String... p1) {
        return queue((o, a) -> o.msetnx(a), p1);
    }

    @Override
    public Response<byte[]> objectEncoding(byte[] p1) {
        return queue((o, a) -> o.objectEncoding(a), p1);
    }

    @Override
    public Response<String> objectEncoding(String p1) {
        return queue((o, a) -> o.objectEncoding(a), p1);
    }

    @Override
    public Response<Long> objectFreq(byte[] p1) {
        return queue((o, a) -> o.objectFreq(a), p1);
    }

    @Override
    public Response<Long> objectFreq(String p1) {
        return queue((o, a) -> o.objectFreq(a), p1);
    }

    @Override
    public Response<Long> objectIdletime(byte[] p1) {
        return queue((o, a) -> o.objectIdletime(a), p1);
    }

    @Override
    public Response<Long> objectIdletime(String p1) {
        return queue((o, a) -> o.objectIdletime(a), p1);
    }

    @Override
    public Response<Long> objectRefcount(byte[] p1) {
        return queue((o, a) -> o.objectRefcount(a), p1);
    }

    @Override
    public Response<Long> objectRefcount(String p1) {
        return queue((o, a) -> o.objectRefcount(a), p1);
    }

    @Override
    public Response<Long> persist(byte[] p1) {
        return queue((o, a) -> o.persist(a), p1);
    }

    @Override
    public Response<Long> persist(String p1) {
        return queue((o, a) -> o.persist(a), p1);
    }

    @Override
    public Response<Long> pexpire(byte[] p1, long p2) {
        return queue((o, a, b) -> o.pexpire(a, (long) b), p1, p2);
    }

    @Override
    public Response<Long> pexpire(byte[] p1, long p2, ExpiryOption p3) {
        return queue((o, a, b, c) -> o.pexpire(a, (long) b, c), p1, p2, p3);
    }

    @Override
    public Response<Long> pexpire(String p1, long p2) {
        return queue((o, a, b) -> o.pexpire(a, (long) b), p1, p2);
    }

    @Override
    public Response<Long> pexpire(String p1, long p2, ExpiryOption p3) {
        return queue((o, a, b, c) -> o.pexpire(a, (long) b, c), p1, p2, p3);
    }

    @Override
    public Response<Long> pexpireAt(byte[] p1, long p2) {
        return queue((o, a, b) -> o.pexpireAt(a, (long) b), p1, p2);
    }

    @Override
    public Response<Long> pexpireAt(byte[] p1, long p2, ExpiryOption p3) {
        return queue((o, a, b, c) -> o.pexpireAt(a, (long) b, c), p1, p2, p3);
    }

    @Override
    public Response<Long> pexpireAt(String p1, long p2) {
        return queue((o, a, b) -> o.pexpireAt(a, (long) b), p1, p2);
    }

    @Override
    public Response<Long> pexpireAt(String p1, long p2, ExpiryOption p3) {
        return queue((o, a, b, c) -> o.pexpireAt(a, (long) b, c), p1, p2, p3);
    }

    @Override
    public Response<Long> pexpireTime(byte[] p1) {
        return queue((o, a) -> o.pexpireTime(a), p1);
    }

    @Override
    public Response<Long> pexpireTime(String p1) {
        return queue((o, a) -> o.pexpireTime(a), p1);
    }

    @Override
    public Response<Long> pfadd(byte[] p1, byte[]... p2) {
        return queue((o, a, b) -> o.pfadd(a, b), p1, p2);
    }

    @Override
    public Response<Long> pfadd(String p1, String... p2) {
        return queue((o, a, b) -> o.pfadd(a, b), p1, p2);
    }

    @Override
    public Response<Long> pfcount(byte[] p1) {
        return queue((o, a) -> o.pfcount(a), p1);
    }

    @Override
    public Response<Long> pfcount(byte[]... p1) {
        return queue((o, a) -> o.pfcount(a), p1);
    }

    @Override
    public Response<Long> pfcount(String p1) {
        return queue((o, a) -> o.pfcount(a), p1);
    }

    @Override
    public Response<Long> pfcount(String... p1) {
        return queue((o, a) -> o.pfcount(a), p1);
    }

    @Override
    public Response<String> pfmerge(byte[] p1, byte[]... p2) {
        return queue((o, a, b) -> o.pfmerge(a, b), p1, p2);
    }

    @Override
    public Response<String> pfmerge(String p1, String... p2) {
        return queue((o, a, b) -> o.pfmerge(a, b), p1, p2);
    }

    @Override
    public Response<String> psetex(byte[] p1, long p2, byte[] p3) {
        return queue((o, a, b, c) -> o.psetex(a, (long) b, c), p1, p2, p3);
    }

    @Override
    public Response<String> psetex(String p1, long p2, String p3) {
        return queue((o, a, b, c) -> o.psetex(a, (long) b, c), p1, p2, p3);
    }

    @Override
    public Response<Long> pttl(byte[] p1) {
        return queue((o, a) -> o.pttl(a), p1);
    }

    @Override
    public Response<Long> pttl(String p1) {
        return queue((o, a) -> o.pttl(a), p1);
    }

    @Override
    public Response<byte[]> randomBinaryKey() {
        return queue(o -> o.randomBinaryKey());
    }

    @Override
    public Response<String> randomKey() {
        return queue(o -> o.randomKey());
    }

    @Override
    public Response<String> rename(byte[] p1, byte[] p2) {
        return queue((o, a, b) -> o.rename(a, b), p1, p2);
    }

    @Override
    public Response<String> rename(String p1, String p2) {
        return queue((o, a, b) -> o.rename(a, b), p1, p2);
    }

    @Override
    public Response<Long> renamenx(byte[] p1, byte[] p2) {
        return queue((o, a, b) -> o.renamenx(a, b), p1, p2);
    }

    @Override
    public Response<Long> renamenx(String p1, String p2) {
        return queue((o, a, b) -> o.renamenx(a, b), p1, p2);
    }

    @Override
    public Response<String> restore(byte[] p1, long p2, byte[] p3) {
        return queue((o, a, b, c) -> o.restore(a, (long) b, c), p1, p2, p3);
    }

    @Override
    public Response<String> restore(byte[] p1, long p2, byte[] p3, RestoreParams p4) {
        return queue((o, a, b, c, d) -> o.restore(a, (long) b, c, d), p1, p2, p3, p4);
    }

    @Override
    public Response<String> restore(String p1, long p2, byte[] p3) {
        return queue((o, a, b, c) -> o.restore(a, (long) b, c), p1, p2, p3);
    }

    @Override
    public Response<String> restore(String p1, long p2, byte[] p3, RestoreParams p4) {
        return queue((o, a, b, c, d) -> o.restore(a, (long) b, c, d), p1, p2, p3, p4);
    }

    @Override
    public Response<byte[]> rpop(byte[] p1) {
        return queue((o, a) -> o.rpop(a), p1);
    }

    @Override
    public Response<List<byte[]>> rpop(byte[] p1, int p2) {
        return queue((o, a, b) -> o.rpop(a, (int) b), p1, p2);
    }

    @Override
    public Response<String> rpop(String p1) {
        return queue((o, a) -> o.rpop(a), p1);
    }

    @Override
    public Response<List<String>> rpop(String p1, int p2) {
        return queue((o, a, b) -> o.rpop(a, (int) b), p1, p2);
    }

    @Override
    public Response<byte[]> rpoplpush(byte[] p1, byte[] p2) {
        return queue((o, a, b) -> o.rpoplpush(a, b), p1, p2);
    }

    @Override
    public Response<String> rpoplpush(String p1, String p2) {
        return queue((o, a, b) -> o.rpoplpush(a, b), p1, p2);
    }

    @Override
    public Response<Long> rpush(byte[] p1, byte[]... p2) {
        return queue((o, a, b) -> o.rpush(a, b), p1, p2);
    }

    @Override
    public Response<Long> rpush(String p1, String... p2) {
        return queue((o, a, b) -> o.rpush(a, b), p1, p2);
    }

    @Override
    public Response<Long> rpushx(byte[] p1, byte[]... p2) {
        return queue((o, a, b) -> o.rpushx(a, b), p1, p2);
    }

    @Override
    public Response<Long> rpushx(String p1, String... p2) {
        return queue((o, a, b) -> o.rpushx(a, b), p1, p2);
    }

    @Override
    public Response<Long> sadd(byte[] p1, byte[]... p2) {
        return queue((o, a, b) -> o.sadd(a, b), p1, p2);
    }

    @Override
    public Response<Long> sadd(String p1, String... p2) {
        return queue((o, a, b) -> o.sadd(a, b), p1, p2);
    }

    @Override
    public Response<ScanResult<byte[]>> scan(byte[] p1) {
        return queue((o, a) -> o.scan(a), p1);
    }

    @Override
    public Response<ScanResult<byte[]>> scan(byte[] p1, ScanParams p2) {
        return queue((o, a, b) -> o.scan(a, b), p1, p2);
    }

    @Override
    public Response<ScanResult<byte[]>> scan(byte[] p1, ScanParams p2, byte[] p3) {
        return queue((o, a, b, c) -> o.scan(a, b, c), p1, p2, p3);
    }

    @Override
    public Response<ScanResult<String>> scan(String p1) {
        return queue((o, a) -> o.scan(a), p1);
    }

    @Override
    public Response<ScanResult<String>> scan(String p1, ScanParams p2) {
        return queue((o, a, b) -> o.scan(a, b), p1, p2);
    }

    @Override
    public Response<ScanResult<String>> scan(String p1, ScanParams p2, String p3) {
        return queue((o, a, b, c) -> o.scan(a, b, c), p1, p2, p3);
    }

    @Override
    public Response<Long> scard(byte[] p1) {
        return queue((o, a) -> o.scard(a), p1);
    }

    @Override
    public Response<Long> scard(String p1) {
        return queue((o, a) -> o.scard(a), p1);
    }

    @Override
    public Response<List<Boolean>> scriptExists(byte[] p1, byte[]... p2) {
        return queue((o, a, b) -> o.scriptExists(a, b), p1, p2);
    }

    @Override
    public Response<List<Boolean>> scriptExists(String p1, String... p2) {
        return queue((o, a, b) -> o.scriptExists(a, b), p1, p2);
    }

    @Override
    public Response<String> scriptFlush(byte[] p1) {
        return queue((o, a) -> o.scriptFlush(a), p1);
    }

    @Override
    public Response<String> scriptFlush(byte[] p1, FlushMode p2) {
        return queue((o, a, b) -> o.scriptFlush(a, b), p1, p2);
    }

    @Override
    public Response<String> scriptFlush(String p1) {
        return queue((o, a) -> o.scriptFlush(a), p1);
    }

    @Override
    public Response<String> scriptFlush(String p1, FlushMode p2) {
        return queue((o, a, b) -> o.scriptFlush(a, b), p1, p2);
    }

    @Override
    public Response<String> scriptKill(byte[] p1) {
        return queue((o, a) -> o.scriptKill(a), p1);
    }

    @Override
    public Response<String> scriptKill(String p1) {
        return queue((o, a) -> o.scriptKill(a), p1);
    }

    @Override
    public Response<byte[]> scriptLoad(byte[] p1, byte[] p2) {
        return queue((o, a, b) -> o.scriptLoad(a, b), p1, p2);
    }

    @Override
    public Response<String> scriptLoad(String p1, String p2) {
        return queue((o, a, b) -> o.scriptLoad(a, b), p1, p2);
    }

    @Override
    public Response<Set<byte[]>> sdiff(byte[]... p1) {
        return queue((o, a) -> o.sdiff(a), p1);
    }

    @Override
    public Response<Set<String>> sdiff(String... p1) {
        return queue((o, a) -> o.sdiff(a), p1);
    }

    @Override
    public Response<Long> sdiffStore(String p1, String... p2) {
        return unsupported("public default redis.clients.jedis.Response redis.clients.jedis.commands.SetPipelineCommands.sdiffStore(java.lang.String,java.lang.String[])");
    }

    @Override
    public Response<Long> sdiffcard(byte[] p1, byte[] p2, SDiffCardParams p3) {
        return queue((o, a, b, c) -> o.sdiffcard(a, b, c), p1, p2, p3);
    }

    @Override
    public Response<Long> sdiffcard(byte[]... p1) {
        return queue((o, a) -> o.sdiffcard(a), p1);
    }

    @Override
    public Response<Long> sdiffcard(byte[][] p1, SDiffCardParams p2) {
        return queue((o, a, b) -> o.sdiffcard(a, b), p1, p2);
    }

    @Override
    public Response<Long> sdiffcard(String p1, String p2, SDiffCardParams p3) {
        return queue((o, a, b, c) -> o.sdiffcard(a, b, c), p1, p2, p3);
    }

    @Override
    public Response<Long> sdiffcard(String... p1) {
        return queue((o, a) -> o.sdiffcard(a), p1);
    }

    @Override
    public Response<Long> sdiffcard(List<String> p1) {
        return queue((o, a) -> o.sdiffcard(a), p1);
    }

    @Override
    public Response<Long> sdiffcard(List<String> p1, SDiffCardParams p2) {
        return queue((o, a, b) -> o.sdiffcard(a, b), p1, p2);
    }

    @Override
    public Response<Long> sdiffstore(byte[] p1, byte[]... p2) {
        return queue((o, a, b) -> o.sdiffstore(a, b), p1, p2);
    }

    @Override
    public Response<Long> sdiffstore(String p1, String... p2) {
        return queue((o, a, b) -> o.sdiffstore(a, b), p1, p2);
    }

    @Override
    public Response<String> set(byte[] p1, byte[] p2) {
        return queue((o, a, b) -> o.set(a, b), p1, p2);
    }

    @Override
    public Response<String> set(byte[] p1, byte[] p2, SetParams p3) {
        return queue((o, a, b, c) -> o.set(a, b, c), p1, p2, p3);
    }

    @Override
    public Response<String> set(String p1, String p2) {
        return queue((o, a, b) -> o.set(a, b), p1, p2);
    }

    @Override
    public Response<String> set(String p1, String p2, SetParams p3) {
        return queue((o, a, b, c) -> o.set(a, b, c), p1, p2, p3);
    }

    @Override
    public Response<byte[]> setGet(byte[] p1, byte[] p2) {
        return queue((o, a, b) -> o.setGet(a, b), p1, p2);
    }

    @Override
    public Response<byte[]> setGet(byte[] p1, byte[] p2, SetParams p3) {
        return queue((o, a, b, c) -> o.setGet(a, b, c), p1, p2, p3);
    }

    @Override
    public Response<String> setGet(String p1, String p2) {
        return queue((o, a, b) -> o.setGet(a, b), p1, p2);
    }

    @Override
    public Response<String> setGet(String p1, String p2, SetParams p3) {
        return queue((o, a, b, c) -> o.setGet(a, b, c), p1, p2, p3);
    }

    @Override
    public Response<Boolean> setbit(byte[] p1, long p2, boolean p3) {
        return queue((o, a, b, c) -> o.setbit(a, (long) b, (boolean) c), p1, p2, p3);
    }

    @Override
    public Response<Boolean> setbit(String p1, long p2, boolean p3) {
        return queue((o, a, b, c) -> o.setbit(a, (long) b, (boolean) c), p1, p2, p3);
    }

    @Override
    public Response<String> setex(byte[] p1, long p2, byte[] p3) {
        return queue((o, a, b, c) -> o.setex(a, (long) b, c), p1, p2, p3);
    }

    @Override
    public Response<String> setex(String p1, long p2, String p3) {
        return queue((o, a, b, c) -> o.setex(a, (long) b, c), p1, p2, p3);
    }

    @Override
    public Response<Long> setnx(byte[] p1, byte[] p2) {
        return queue((o, a, b) -> o.setnx(a, b), p1, p2);
    }

    @Override
    public Response<Long> setnx(String p1, String p2) {
        return queue((o, a, b) -> o.setnx(a, b), p1, p2);
    }

    @Override
    public Response<Long> setrange(byte[] p1, long p2, byte[] p3) {
        return queue((o, a, b, c) -> o.setrange(a, (long) b, c), p1, p2, p3);
    }

    @Override
    public Response<Long> setrange(String p1, long p2, String p3) {
        return queue((o, a, b, c) -> o.setrange(a, (long) b, c), p1, p2, p3);
    }

    @Override
    public Response<Set<byte[]>> sinter(byte[]... p1) {
        return queue((o, a) -> o.sinter(a), p1);
    }

    @Override
    public Response<Set<String>> sinter(String... p1) {
        return queue((o, a) -> o.sinter(a), p1);
    }

    @Override
    public Response<Long> sintercard(byte[]... p1) {
        return queue((o, a) -> o.sintercard(a), p1);
    }

    @Override
    public Response<Long> sintercard(int p1, byte[]... p2) {
        return queue((o, a, b) -> o.sintercard((int) a, b), p1, p2);
    }

    @Override
    public Response<Long> sintercard(int p1, String... p2) {
        return queue((o, a, b) -> o.sintercard((int) a, b), p1, p2);
    }

    @Override
    public Response<Long> sintercard(String... p1) {
        return queue((o, a) -> o.sintercard(a), p1);
    }

    @Override
    public Response<Long> sinterstore(byte[] p1, byte[]... p2) {
        return queue((o, a, b) -> o.sinterstore(a, b), p1, p2);
    }

    @Override
    public Response<Long> sinterstore(String p1, String... p2) {
        return queue((o, a, b) -> o.sinterstore(a, b), p1, p2);
    }

    @Override
    public Response<Boolean> sismember(byte[] p1, byte[] p2) {
        return queue((o, a, b) -> o.sismember(a, b), p1, p2);
    }

    @Override
    public Response<Boolean> sismember(String p1, String p2) {
        return queue((o, a, b) -> o.sismember(a, b), p1, p2);
    }

    @Override
    public Response<Set<byte[]>> smembers(byte[] p1) {
        return queue((o, a) -> o.smembers(a), p1);
    }

    @Override
    public Response<Set<String>> smembers(String p1) {
        return queue((o, a) -> o.smembers(a), p1);
    }

    @Override
    public Response<List<Boolean>> smismember(byte[] p1, byte[]... p2) {
        return queue((o, a, b) -> o.smismember(a, b), p1, p2);
    }

    @Override
    public Response<List<Boolean>> smismember(String p1, String... p2) {
        return queue((o, a, b) -> o.smismember(a, b), p1, p2);
    }

    @Override
    public Response<Long> smove(byte[] p1, byte[] p2, byte[] p3) {
        return queue((o, a, b, c) -> o.smove(a, b, c), p1, p2, p3);
    }

    @Override
    public Response<Long> smove(String p1, String p2, String p3) {
        return queue((o, a, b, c) -> o.smove(a, b, c), p1, p2, p3);
    }

    @Override
    public Response<List<byte[]>> sort(byte[] p1) {
        return queue((o, a) -> o.sort(a), p1);
    }

    @Override
    public Response<Long> sort(byte[] p1, byte[] p2) {
        return queue((o, a, b) -> o.sort(a, b), p1, p2);
    }

    @Override
    public Response<List<byte[]>> sort(byte[] p1, SortingParams p2) {
        return queue((o, a, b) -> o.sort(a, b), p1, p2);
    }

    @Override
    public Response<Long> sort(byte[] p1, SortingParams p2, byte[] p3) {
        return queue((o, a, b, c) -> o.sort(a, b, c), p1, p2, p3);
    }

    @Override
    public Response<List<String>> sort(String p1) {
        return queue((o, a) -> o.sort(a), p1);
    }

    @Override
    public Response<Long> sort(String p1, String p2) {
        return queue((o, a, b) -> o.sort(a, b), p1, p2);
    }

    @Override
    public Response<List<String>> sort(String p1, SortingParams p2) {
        return queue((o, a, b) -> o.sort(a, b), p1, p2);
    }

    @Override
    public Response<Long> sort(String p1, SortingParams p2, String p3) {
        return queue((o, a, b, c) -> o.sort(a, b, c), p1, p2, p3);
    }

    @Override
    public Response<List<byte[]>> sortReadonly(byte[] p1, SortingParams p2) {
        return queue((o, a, b) -> o.sortReadonly(a, b), p1, p2);
    }

    @Override
    public Response<List<String>> sortReadonly(String p1, SortingParams p2) {
        return queue((o, a, b) -> o.sortReadonly(a, b), p1, p2);
    }

    @Override
    public Response<byte[]> spop(byte[] p1) {
        return queue((o, a) -> o.spop(a), p1);
    }

    @Override
    public Response<Set<byte[]>> spop(byte[] p1, long p2) {
        return queue((o, a, b) -> o.spop(a, (long) b), p1, p2);
    }

    @Override
    public Response<String> spop(String p1) {
        return queue((o, a) -> o.spop(a), p1);
    }

    @Override
    public Response<Set<String>> spop(String p1, long p2) {
        return queue((o, a, b) -> o.spop(a, (long) b), p1, p2);
    }

    @Override
    public Response<byte[]> srandmember(byte[] p1) {
        return queue((o, a) -> o.srandmember(a), p1);
    }

    @Override
    public Response<List<byte[]>> srandmember(byte[] p1, int p2) {
        return queue((o, a, b) -> o.srandmember(a, (int) b), p1, p2);
    }

    @Override
    public Response<String> srandmember(String p1) {
        return queue((o, a) -> o.srandmember(a), p1);
    }

    @Override
    public Response<List<String>> srandmember(String p1, int p2) {
        return queue((o, a, b) -> o.srandmember(a, (int) b), p1, p2);
    }

    @Override
    public Response<Long> srem(byte[] p1, byte[]... p2) {
        return queue((o, a, b) -> o.srem(a, b), p1, p2);
    }

    @Override
    public Response<Long> srem(String p1, String... p2) {
        return queue((o, a, b) -> o.srem(a, b), p1, p2);
    }

    @Override
    public Response<ScanResult<byte[]>> sscan(byte[] p1, byte[] p2) {
        return unsupported("public default redis.clients.jedis.Response redis.clients.jedis.commands.SetPipelineBinaryCommands.sscan(byte[],byte[])");
    }

    @Override
    public Response<ScanResult<byte[]>> sscan(byte[] p1, byte[] p2, ScanParams p3) {
        return queue((o, a, b, c) -> o.sscan(a, b, c), p1, p2, p3);
    }

    @Override
    public Response<ScanResult<String>> sscan(String p1, String p2) {
        return unsupported("public default redis.clients.jedis.Response redis.clients.jedis.commands.SetPipelineCommands.sscan(java.lang.String,java.lang.String)");
    }

    @Override
    public Response<ScanResult<String>> sscan(String p1, String p2, ScanParams p3) {
        return queue((o, a, b, c) -> o.sscan(a, b, c), p1, p2, p3);
    }

    @Override
    public Response<Long> strlen(byte[] p1) {
        return queue((o, a) -> o.strlen(a), p1);
    }

    @Override
    public Response<Long> strlen(String p1) {
        return queue((o, a) -> o.strlen(a), p1);
    }

    @Override
    public Response<byte[]> substr(byte[] p1, int p2, int p3) {
        return queue((o, a, b, c) -> o.substr(a, (int) b, (int) c), p1, p2, p3);
    }

    @Override
    public Response<String> substr(String p1, int p2, int p3) {
        return queue((o, a, b, c) -> o.substr(a, (int) b, (int) c), p1, p2, p3);
    }

    @Override
    public Response<Set<byte[]>> sunion(byte[]... p1) {
        return queue((o, a) -> o.sunion(a), p1);
    }

    @Override
    public Response<Set<String>> sunion(String... p1) {
        return queue((o, a) -> o.sunion(a), p1);
    }

    @Override
    public Response<Long> sunioncard(byte[] p1, byte[] p2, SUnionCardParams p3) {
        return queue((o, a, b, c) -> o.sunioncard(a, b, c), p1, p2, p3);
    }

    @Override
    public Response<Long> sunioncard(byte[]... p1) {
        return queue((o, a) -> o.sunioncard(a), p1);
    }

    @Override
    public Response<Long> sunioncard(byte[][] p1, SUnionCardParams p2) {
        return queue((o, a, b) -> o.sunioncard(a, b), p1, p2);
    }

    @Override
    public Response<Long> sunioncard(String p1, String p2, SUnionCardParams p3) {
        return queue((o, a, b, c) -> o.sunioncard(a, b, c), p1, p2, p3);
    }

    @Override
    public Response<Long> sunioncard(String... p1) {
        return queue((o, a) -> o.sunioncard(a), p1);
    }

    @Override
    public Response<Long> sunioncard(List<String> p1) {
        return queue((o, a) -> o.sunioncard(a), p1);
    }

    @Override
    public Response<Long> sunioncard(List<String> p1, SUnionCardParams p2) {
        return queue((o, a, b) -> o.sunioncard(a, b), p1, p2);
    }

    @Override
    public Response<Long> sunionstore(byte[] p1, byte[]... p2) {
        return queue((o, a, b) -> o.sunionstore(a, b), p1, p2);
    }

    @Override
    public Response<Long> sunionstore(String p1, String... p2) {
        return queue((o, a, b) -> o.sunionstore(a, b), p1, p2);
    }

    @Override
    public Response<Long> touch(byte[] p1) {
        return queue((o, a) -> o.touch(a), p1);
    }

    @Override
    public Response<Long> touch(byte[]... p1) {
        return queue((o, a) -> o.touch(a), p1);
    }

    @Override
    public Response<Long> touch(String p1) {
        return queue((o, a) -> o.touch(a), p1);
    }

    @Override
    public Response<Long> touch(String... p1) {
        return queue((o, a) -> o.touch(a), p1);
    }

    @Override
    public Response<Long> ttl(byte[] p1) {
        return queue((o, a) -> o.ttl(a), p1);
    }

    @Override
    public Response<Long> ttl(String p1) {
        return queue((o, a) -> o.ttl(a), p1);
    }

    @Override
    public Response<String> type(byte[] p1) {
        return queue((o, a) -> o.type(a), p1);
    }

    @Override
    public Response<String> type(String p1) {
        return queue((o, a) -> o.type(a), p1);
    }

    @Override
    public Response<Long> unlink(byte[] p1) {
        return queue((o, a) -> o.unlink(a), p1);
    }

    @Override
    public Response<Long> unlink(byte[]... p1) {
        return queue((o, a) -> o.unlink(a), p1);
    }

    @Override
    public Response<Long> unlink(String p1) {
        return queue((o, a) -> o.unlink(a), p1);
    }

    @Override
    public Response<Long> unlink(String... p1) {
        return queue((o, a) -> o.unlink(a), p1);
    }

    @Override
    public Response<Boolean> vadd(byte[] p1, float[] p2, byte[] p3) {
        return queue((o, a, b, c) -> o.vadd(a, b, c), p1, p2, p3);
    }

    @Override
    public Response<Boolean> vadd(byte[] p1, float[] p2, byte[] p3, int p4, VAddParams p5) {
        return queue((o, a, b, c, d, e) -> o.vadd(a, b, c, (int) d, e), p1, p2, p3, p4, p5);
    }

    @Override
    public Response<Boolean> vadd(byte[] p1, float[] p2, byte[] p3, VAddParams p4) {
        return queue((o, a, b, c, d) -> o.vadd(a, b, c, d), p1, p2, p3, p4);
    }

    @Override
    public Response<Boolean> vadd(String p1, float[] p2, String p3) {
        return queue((o, a, b, c) -> o.vadd(a, b, c), p1, p2, p3);
    }

    @Override
    public Response<Boolean> vadd(String p1, float[] p2, String p3, int p4, VAddParams p5) {
        return queue((o, a, b, c, d, e) -> o.vadd(a, b, c, (int) d, e), p1, p2, p3, p4, p5);
    }

    @Override
    public Response<Boolean> vadd(String p1, float[] p2, String p3, VAddParams p4) {
        return queue((o, a, b, c, d) -> o.vadd(a, b, c, d), p1, p2, p3, p4);
    }

    @Override
    public Response<Boolean> vaddFP32(byte[] p1, byte[] p2, byte[] p3) {
        return queue((o, a, b, c) -> o.vaddFP32(a, b, c), p1, p2, p3);
    }

    @Override
    public Response<Boolean> vaddFP32(byte[] p1, byte[] p2, byte[] p3, int p4, VAddParams p5) {
        return queue((o, a, b, c, d, e) -> o.vaddFP32(a, b, c, (int) d, e), p1, p2, p3, p4, p5);
    }

    @Override
    public Response<Boolean> vaddFP32(byte[] p1, byte[] p2, byte[] p3, VAddParams p4) {
        return queue((o, a, b, c, d) -> o.vaddFP32(a, b, c, d), p1, p2, p3, p4);
    }

    @Override
    public Response<Boolean> vaddFP32(String p1, byte[] p2, String p3) {
        return queue((o, a, b, c) -> o.vaddFP32(a, b, c), p1, p2, p3);
    }

    @Override
    public Response<Boolean> vaddFP32(String p1, byte[] p2, String p3, int p4, VAddParams p5) {
        return queue((o, a, b, c, d, e) -> o.vaddFP32(a, b, c, (int) d, e), p1, p2, p3, p4, p5);
    }

    @Override
    public Response<Boolean> vaddFP32(String p1, byte[] p2, String p3, VAddParams p4) {
        return queue((o, a, b, c, d) -> o.vaddFP32(a, b, c, d), p1, p2, p3, p4);
    }

    @Override
    public Response<Long> vcard(byte[] p1) {
        return queue((o, a) -> o.vcard(a), p1);
    }

    @Override
    public Response<Long> vcard(String p1) {
        return queue((o, a) -> o.vcard(a), p1);
    }

    @Override
    public Response<Long> vdim(byte[] p1) {
        return queue((o, a) -> o.vdim(a), p1);
    }

    @Override
    public Response<Long> vdim(String p1) {
        return queue((o, a) -> o.vdim(a), p1);
    }

    @Override
    public Response<List<Double>> vemb(byte[] p1, byte[] p2) {
        return queue((o, a, b) -> o.vemb(a, b), p1, p2);
    }

    @Override
    public Response<List<Double>> vemb(String p1, String p2) {
        return queue((o, a, b) -> o.vemb(a, b), p1, p2);
    }

    @Override
    public Response<RawVector> vembRaw(byte[] p1, byte[] p2) {
        return queue((o, a, b) -> o.vembRaw(a, b), p1, p2);
    }

    @Override
    public Response<RawVector> vembRaw(String p1, String p2) {
        return queue((o, a, b) -> o.vembRaw(a, b), p1, p2);
    }

    @Override
    public Response<byte[]> vgetattr(byte[] p1, byte[] p2) {
        return queue((o, a, b) -> o.vgetattr(a, b), p1, p2);
    }

    @Override
    public Response<String> vgetattr(String p1, String p2) {
        return queue((o, a, b) -> o.vgetattr(a, b), p1, p2);
    }

    @Override
    public Response<VectorInfo> vinfo(String p1) {
        return queue((o, a) -> o.vinfo(a), p1);
    }

    @Override
    public Response<Boolean> vismember(byte[] p1, byte[] p2) {
        return queue((o, a, b) -> o.vismember(a, b), p1, p2);
    }

    @Override
    public Response<Boolean> vismember(String p1, String p2) {
        return queue((o, a, b) -> o.vismember(a, b), p1, p2);
    }

    @Override
    public Response<List<List<byte[]>>> vlinks(byte[] p1, byte[] p2) {
        return queue((o, a, b) -> o.vlinks(a, b), p1, p2);
    }

    @Override
    public Response<List<List<String>>> vlinks(String p1, String p2) {
        return queue((o, a, b) -> o.vlinks(a, b), p1, p2);
    }

    @Override
    public Response<List<Map<byte[], Double>>> vlinksWithScores(byte[] p1, byte[] p2) {
        return queue((o, a, b) -> o.vlinksWithScores(a, b), p1, p2);
    }

    @Override
    public Response<List<Map<String, Double>>> vlinksWithScores(String p1, String p2) {
        return queue((o, a, b) -> o.vlinksWithScores(a, b), p1, p2);
    }

    @Override
    public Response<byte[]> vrandmember(byte[] p1) {
        return queue((o, a) -> o.vrandmember(a), p1);
    }

    @Override
    public Response<List<byte[]>> vrandmember(byte[] p1, int p2) {
        return queue((o, a, b) -> o.vrandmember(a, (int) b), p1, p2);
    }

    @Override
    public Response<String> vrandmember(String p1) {
        return queue((o, a) -> o.vrandmember(a), p1);
    }

    @Override
    public Response<List<String>> vrandmember(String p1, int p2) {
        return queue((o, a, b) -> o.vrandmember(a, (int) b), p1, p2);
    }

    @Override
    public Response<Boolean> vrem(byte[] p1, byte[] p2) {
        return queue((o, a, b) -> o.vrem(a, b), p1, p2);
    }

    @Override
    public Response<Boolean> vrem(String p1, String p2) {
        return queue((o, a, b) -> o.vrem(a, b), p1, p2);
    }

    @Override
    public Response<Boolean> vsetattr(byte[] p1, byte[] p2, byte[] p3) {
        return queue((o, a, b, c) -> o.vsetattr(a, b, c), p1, p2, p3);
    }

    @Override
    public Response<Boolean> vsetattr(String p1, String p2, String p3) {
        return queue((o, a, b, c) -> o.vsetattr(a, b, c), p1, p2, p3);
    }

    @Override
    public Response<List<byte[]>> vsim(byte[] p1, float[] p2) {
        return queue((o, a, b) -> o.vsim(a, b), p1, p2);
    }

    @Override
    public Response<List<byte[]>> vsim(byte[] p1, float[] p2, VSimParams p3) {
        return queue((o, a, b, c) -> o.vsim(a, b, c), p1, p2, p3);
    }

    @Override
    public Response<List<String>> vsim(String p1, float[] p2) {
        return queue((o, a, b) -> o.vsim(a, b), p1, p2);
    }

    @Override
    public Response<List<String>> vsim(String p1, float[] p2, VSimParams p3) {
        return queue((o, a, b, c) -> o.vsim(a, b, c), p1, p2, p3);
    }

    @Override
    public Response<List<byte[]>> vsimByElement(byte[] p1, byte[] p2) {
        return queue((o, a, b) -> o.vsimByElement(a, b), p1, p2);
    }

    @Override
    public Response<List<byte[]>> vsimByElement(byte[] p1, byte[] p2, VSimParams p3) {
        return queue((o, a, b, c) -> o.vsimByElement(a, b, c), p1, p2, p3);
    }

    @Override
    public Response<List<String>> vsimByElement(String p1, String p2) {
        return queue((o, a, b) -> o.vsimByElement(a, b), p1, p2);
    }

    @Override
    public Response<List<String>> vsimByElement(String p1, String p2, VSimParams p3) {
        return queue((o, a, b, c) -> o.vsimByElement(a, b, c), p1, p2, p3);
    }

    @Override
    public Response<Map<byte[], Double>> vsimByElementWithScores(byte[] p1, byte[] p2, VSimParams p3) {
        return queue((o, a, b, c) -> o.vsimByElementWithScores(a, b, c), p1, p2, p3);
    }

    @Override
    public Response<Map<String, Double>> vsimByElementWithScores(String p1, String p2, VSimParams p3) {
        return queue((o, a, b, c) -> o.vsimByElementWithScores(a, b, c), p1, p2, p3);
    }

    @Override
    public Response<Map<byte[], Double>> vsimWithScores(byte[] p1, float[] p2, VSimParams p3) {
        return queue((o, a, b, c) -> o.vsimWithScores(a, b, c), p1, p2, p3);
    }

    @Override
    public Response<Map<String, Double>> vsimWithScores(String p1, float[] p2, VSimParams p3) {
        return queue((o, a, b, c) -> o.vsimWithScores(a, b, c), p1, p2, p3);
    }

    @Override
    public Response<KeyValue<Long, Long>> waitAOF(byte[] p1, long p2, long p3, long p4) {
        return queue((o, a, b, c, d) -> o.waitAOF(a, (long) b, (long) c, (long) d), p1, p2, p3, p4);
    }

    @Override
    public Response<KeyValue<Long, Long>> waitAOF(String p1, long p2, long p3, long p4) {
        return queue((o, a, b, c, d) -> o.waitAOF(a, (long) b, (long) c, (long) d), p1, p2, p3, p4);
    }

    @Override
    public Response<Long> waitReplicas(byte[] p1, int p2, long p3) {
        return queue((o, a, b, c) -> o.waitReplicas(a, (int) b, (long) c), p1, p2, p3);
    }

    @Override
    public Response<Long> waitReplicas(String p1, int p2, long p3) {
        return queue((o, a, b, c) -> o.waitReplicas(a, (int) b, (long) c), p1, p2, p3);
    }

    @Override
    public Response<Long> xack(byte[] p1, byte[] p2, byte[]... p3) {
        return queue((o, a, b, c) -> o.xack(a, b, c), p1, p2, p3);
    }

    @Override
    public Response<Long> xack(String p1, String p2, StreamEntryID... p3) {
        return queue((o, a, b, c) -> o.xack(a, b, c), p1, p2, p3);
    }

    @Override
    public Response<List<StreamEntryDeletionResult>> xackdel(byte[] p1, byte[] p2, byte[]... p3) {
        return queue((o, a, b, c) -> o.xackdel(a, b, c), p1, p2, p3);
    }

    @Override
    public Response<List<StreamEntryDeletionResult>> xackdel(byte[] p1, byte[] p2, StreamDeletionPolicy p3, byte[]... p4) {
        return queue((o, a, b, c, d) -> o.xackdel(a, b, c, d), p1, p2, p3, p4);
    }

    @Override
    public Response<List<StreamEntryDeletionResult>> xackdel(String p1, String p2, StreamEntryID... p3) {
        return queue((o, a, b, c) -> o.xackdel(a, b, c), p1, p2, p3);
    }

    @Override
    public Response<List<StreamEntryDeletionResult>> xackdel(String p1, String p2, StreamDeletionPolicy p3, StreamEntryID... p4) {
        return queue((o, a, b, c, d) -> o.xackdel(a, b, c, d), p1, p2, p3, p4);
    }

    @Override
    public Response<byte[]> xadd(byte[] p1, Map<byte[], byte[]> p2, XAddParams p3) {
        return unsupported("public default redis.clients.jedis.Response redis.clients.jedis.commands.StreamPipelineBinaryCommands.xadd(byte[],java.util.Map,redis.clients.jedis.params.XAddParams)");
    }

    @Override
    public Response<byte[]> xadd(byte[] p1, XAddParams p2, Map<byte[], byte[]> p3) {
        return queue((o, a, b, c) -> o.xadd(a, b, c), p1, p2, p3);
    }

    @Override
    public Response<StreamEntryID> xadd(String p1, Map<String, String> p2, XAddParams p3) {
        return unsupported("public default redis.clients.jedis.Response redis.clients.jedis.commands.StreamPipelineCommands.xadd(java.lang.String,java.util.Map,redis.clients.jedis.params.XAddParams)");
    }

    @Override
    public Response<StreamEntryID> xadd(String p1, StreamEntryID p2, Map<String, String> p3) {
        return queue((o, a, b, c) -> o.xadd(a, b, c), p1, p2, p3);
    }

    @Override
    public Response<StreamEntryID> xadd(String p1, XAddParams p2, Map<String, String> p3) {
        return queue((o, a, b, c) -> o.xadd(a, b, c), p1, p2, p3);
    }

    @Override
    public Response<List<Object>> xautoclaim(byte[] p1, byte[] p2, byte[] p3, long p4, byte[] p5, XAutoClaimParams p6) {
        return queue((o, a, b, c, d, e, f) -> o.xautoclaim(a, b, c, (long) d, e, f), p1, p2, p3, p4, p5, p6);
    }

    @Override
    public Response<Map.Entry<StreamEntryID, List<StreamEntry>>> xautoclaim(String p1, String p2, String p3, long p4, StreamEntryID p5, XAutoClaimParams p6) {
        return queue((o, a, b, c, d, e, f) -> o.xautoclaim(a, b, c, (long) d, e, f), p1, p2, p3, p4, p5, p6);
    }

    @Override
    public Response<List<Object>> xautoclaimJustId(byte[] p1, byte[] p2, byte[] p3, long p4, byte[] p5, XAutoClaimParams p6) {
        return queue((o, a, b, c, d, e, f) -> o.xautoclaimJustId(a, b, c, (long) d, e, f), p1, p2, p3, p4, p5, p6);
    }

    @Override
    public Response<Map.Entry<StreamEntryID, List<StreamEntryID>>> xautoclaimJustId(String p1, String p2, String p3, long p4, StreamEntryID p5, XAutoClaimParams p6) {
        return queue((o, a, b, c, d, e, f) -> o.xautoclaimJustId(a, b, c, (long) d, e, f), p1, p2, p3, p4, p5, p6);
    }

    @Override
    public Response<byte[]> xcfgset(byte[] p1, XCfgSetParams p2) {
        return queue((o, a, b) -> o.xcfgset(a, b), p1, p2);
    }

    @Override
    public Response<String> xcfgset(String p1, XCfgSetParams p2) {
        return queue((o, a, b) -> o.xcfgset(a, b), p1, p2);
    }

    @Override
    public Response<List<byte[]>> xclaim(byte[] p1, byte[] p2, byte[] p3, long p4, XClaimParams p5, byte[]... p6) {
        return queue((o, a, b, c, d, e, f) -> o.xclaim(a, b, c, (long) d, e, f), p1, p2, p3, p4, p5, p6);
    }

    @Override
    public Response<List<StreamEntry>> xclaim(String p1, String p2, String p3, long p4, XClaimParams p5, StreamEntryID... p6) {
        return queue((o, a, b, c, d, e, f) -> o.xclaim(a, b, c, (long) d, e, f), p1, p2, p3, p4, p5, p6);
    }

    @Override
    public Response<List<byte[]>> xclaimJustId(byte[] p1, byte[] p2, byte[] p3, long p4, XClaimParams p5, byte[]... p6) {
        return queue((o, a, b, c, d, e, f) -> o.xclaimJustId(a, b, c, (long) d, e, f), p1, p2, p3, p4, p5, p6);
    }

    @Override
    public Response<List<StreamEntryID>> xclaimJustId(String p1, String p2, String p3, long p4, XClaimParams p5, StreamEntryID... p6) {
        return queue((o, a, b, c, d, e, f) -> o.xclaimJustId(a, b, c, (long) d, e, f), p1, p2, p3, p4, p5, p6);
    }

    @Override
    public Response<Long> xdel(byte[] p1, byte[]... p2) {
        return queue((o, a, b) -> o.xdel(a, b), p1, p2);
    }

    @Override
    public Response<Long> xdel(String p1, StreamEntryID... p2) {
        return queue((o, a, b) -> o.xdel(a, b), p1, p2);
    }

    @Override
    public Response<List<StreamEntryDeletionResult>> xdelex(byte[] p1, byte[]... p2) {
        return queue((o, a, b) -> o.xdelex(a, b), p1, p2);
    }

    @Override
    public Response<List<StreamEntryDeletionResult>> xdelex(byte[] p1, StreamDeletionPolicy p2, byte[]... p3) {
        return queue((o, a, b, c) -> o.xdelex(a, b, c), p1, p2, p3);
    }

    @Override
    public Response<List<StreamEntryDeletionResult>> xdelex(String p1, StreamEntryID... p2) {
        return queue((o, a, b) -> o.xdelex(a, b), p1, p2);
    }

    @Override
    public Response<List<StreamEntryDeletionResult>> xdelex(String p1, StreamDeletionPolicy p2, StreamEntryID... p3) {
        return queue((o, a, b, c) -> o.xdelex(a, b, c), p1, p2, p3);
    }

    @Override
    public Response<String> xgroupCreate(byte[] p1, byte[] p2, byte[] p3, boolean p4) {
        return queue((o, a, b, c, d) -> o.xgroupCreate(a, b, c, (boolean) d), p1, p2, p3, p4);
    }

    @Override
    public Response<String> xgroupCreate(String p1, String p2, StreamEntryID p3, boolean p4) {
        return queue((o, a, b, c, d) -> o.xgroupCreate(a, b, c, (boolean) d), p1, p2, p3, p4);
    }

    @Override
    public Response<Boolean> xgroupCreateConsumer(byte[] p1, byte[] p2, byte[] p3) {
        return queue((o, a, b, c) -> o.xgroupCreateConsumer(a, b, c), p1, p2, p3);
    }

    @Override
    public Response<Boolean> xgroupCreateConsumer(String p1, String p2, String p3) {
        return queue((o, a, b, c) -> o.xgroupCreateConsumer(a, b, c), p1, p2, p3);
    }

    @Override
    public Response<Long> xgroupDelConsumer(byte[] p1, byte[] p2, byte[] p3) {
        return queue((o, a, b, c) -> o.xgroupDelConsumer(a, b, c), p1, p2, p3);
    }

    @Override
    public Response<Long> xgroupDelConsumer(String p1, String p2, String p3) {
        return queue((o, a, b, c) -> o.xgroupDelConsumer(a, b, c), p1, p2, p3);
    }

    @Override
    public Response<Long> xgroupDestroy(byte[] p1, byte[] p2) {
        return queue((o, a, b) -> o.xgroupDestroy(a, b), p1, p2);
    }

    @Override
    public Response<Long> xgroupDestroy(String p1, String p2) {
        return queue((o, a, b) -> o.xgroupDestroy(a, b), p1, p2);
    }

    @Override
    public Response<String> xgroupSetID(byte[] p1, byte[] p2, byte[] p3) {
        return queue((o, a, b, c) -> o.xgroupSetID(a, b, c), p1, p2, p3);
    }

    @Override
    public Response<String> xgroupSetID(String p1, String p2, StreamEntryID p3) {
        return queue((o, a, b, c) -> o.xgroupSetID(a, b, c), p1, p2, p3);
    }

    @Override
    public Response<List<Object>> xinfoConsumers(byte[] p1, byte[] p2) {
        return queue((o, a, b) -> o.xinfoConsumers(a, b), p1, p2);
    }

    @Override
    public Response<List<StreamConsumersInfo>> xinfoConsumers(String p1, String p2) {
        return queue((o, a, b) -> o.xinfoConsumers(a, b), p1, p2);
    }

    @Override
    public Response<List<StreamConsumerInfo>> xinfoConsumers2(String p1, String p2) {
        return queue((o, a, b) -> o.xinfoConsumers2(a, b), p1, p2);
    }

    @Override
    public Response<List<Object>> xinfoGroups(byte[] p1) {
        return queue((o, a) -> o.xinfoGroups(a), p1);
    }

    @Override
    public Response<List<StreamGroupInfo>> xinfoGroups(String p1) {
        return queue((o, a) -> o.xinfoGroups(a), p1);
    }

    @Override
    public Response<Object> xinfoStream(byte[] p1) {
        return queue((o, a) -> o.xinfoStream(a), p1);
    }

    @Override
    public Response<StreamInfo> xinfoStream(String p1) {
        return queue((o, a) -> o.xinfoStream(a), p1);
    }

    @Override
    public Response<Object> xinfoStreamFull(byte[] p1) {
        return queue((o, a) -> o.xinfoStreamFull(a), p1);
    }

    @Override
    public Response<Object> xinfoStreamFull(byte[] p1, int p2) {
        return queue((o, a, b) -> o.xinfoStreamFull(a, (int) b), p1, p2);
    }

    @Override
    public Response<StreamFullInfo> xinfoStreamFull(String p1) {
        return queue((o, a) -> o.xinfoStreamFull(a), p1);
    }

    @Override
    public Response<StreamFullInfo> xinfoStreamFull(String p1, int p2) {
        return queue((o, a, b) -> o.xinfoStreamFull(a, (int) b), p1, p2);
    }

    @Override
    public Response<Long> xlen(byte[] p1) {
        return queue((o, a) -> o.xlen(a), p1);
    }

    @Override
    public Response<Long> xlen(String p1) {
        return queue((o, a) -> o.xlen(a), p1);
    }

    @Override
    public Response<Long> xnack(byte[] p1, byte[] p2, XNackMode p3, byte[]... p4) {
        return queue((o, a, b, c, d) -> o.xnack(a, b, c, d), p1, p2, p3, p4);
    }

    @Override
    public Response<Long> xnack(String p1, String p2, XNackMode p3, StreamEntryID... p4) {
        return queue((o, a, b, c, d) -> o.xnack(a, b, c, d), p1, p2, p3, p4);
    }

    @Override
    public Response<Object> xpending(byte[] p1, byte[] p2) {
        return queue((o, a, b) -> o.xpending(a, b), p1, p2);
    }

    @Override
    public Response<List<Object>> xpending(byte[] p1, byte[] p2, XPendingParams p3) {
        return queue((o, a, b, c) -> o.xpending(a, b, c), p1, p2, p3);
    }

    @Override
    public Response<StreamPendingSummary> xpending(String p1, String p2) {
        return queue((o, a, b) -> o.xpending(a, b), p1, p2);
    }

    @Override
    public Response<List<StreamPendingEntry>> xpending(String p1, String p2, XPendingParams p3) {
        return queue((o, a, b, c) -> o.xpending(a, b, c), p1, p2, p3);
    }

    @Override
    public Response<List<Object>> xrange(byte[] p1, byte[] p2, byte[] p3) {
        return queue((o, a, b, c) -> o.xrange(a, b, c), p1, p2, p3);
    }

    @Override
    public Response<List<Object>> xrange(byte[] p1, byte[] p2, byte[] p3, int p4) {
        return queue((o, a, b, c, d) -> o.xrange(a, b, c, (int) d), p1, p2, p3, p4);
    }

    @Override
    public Response<List<StreamEntry>> xrange(String p1, String p2, String p3) {
        return queue((o, a, b, c) -> o.xrange(a, b, c), p1, p2, p3);
    }

    @Override
    public Response<List<StreamEntry>> xrange(String p1, String p2, String p3, int p4) {
        return queue((o, a, b, c, d) -> o.xrange(a, b, c, (int) d), p1, p2, p3, p4);
    }

    @Override
    public Response<List<StreamEntry>> xrange(String p1, StreamEntryID p2, StreamEntryID p3) {
        return queue((o, a, b, c) -> o.xrange(a, b, c), p1, p2, p3);
    }

    @Override
    public Response<List<StreamEntry>> xrange(String p1, StreamEntryID p2, StreamEntryID p3, int p4) {
        return queue((o, a, b, c, d) -> o.xrange(a, b, c, (int) d), p1, p2, p3, p4);
    }

    @Override
    public Response<List<Object>> xread(XReadParams p1, Map.Entry<byte[], byte[]>... p2) {
        return queue((o, a, b) -> o.xread(a, b), p1, p2);
    }

    @Override
    public Response<List<Map.Entry<String, List<StreamEntry>>>> xread(XReadParams p1, Map<String, StreamEntryID> p2) {
        return queue((o, a, b) -> o.xread(a, b), p1, p2);
    }

    @Override
    public Response<Map<String, List<StreamEntry>>> xreadAsMap(XReadParams p1, Map<String, StreamEntryID> p2) {
        return queue((o, a, b) -> o.xreadAsMap(a, b), p1, p2);
    }

    @Override
    public Response<List<Map.Entry<byte[], List<StreamEntryBinary>>>> xreadBinary(XReadParams p1, Map<byte[], StreamEntryID> p2) {
        return queue((o, a, b) -> o.xreadBinary(a, b), p1, p2);
    }

    @Override
    public Response<Map<byte[], List<StreamEntryBinary>>> xreadBinaryAsMap(XReadParams p1, Map<byte[], StreamEntryID> p2) {
        return queue((o, a, b) -> o.xreadBinaryAsMap(a, b), p1, p2);
    }

    @Override
    public Response<List<Object>> xreadGroup(byte[] p1, byte[] p2, XReadGroupParams p3, Map.Entry<byte[], byte[]>... p4) {
        return queue((o, a, b, c, d) -> o.xreadGroup(a, b, c, d), p1, p2, p3, p4);
    }

    @Override
    public Response<List<Map.Entry<String, List<StreamEntry>>>> xreadGroup(String p1, String p2, XReadGroupParams p3, Map<String, StreamEntryID> p4) {
        return queue((o, a, b, c, d) -> o.xreadGroup(a, b, c, d), p1, p2, p3, p4);
    }

    @Override
    public Response<Map<String, List<StreamEntry>>> xreadGroupAsMap(String p1, String p2, XReadGroupParams p3, Map<String, StreamEntryID> p4) {
        return queue((o, a, b, c, d) -> o.xreadGroupAsMap(a, b, c, d), p1, p2, p3, p4);
    }

    @Override
    public Response<List<Map.Entry<byte[], List<StreamEntryBinary>>>> xreadGroupBinary(byte[] p1, byte[] p2, XReadGroupParams p3, Map<byte[], StreamEntryID> p4) {
        return queue((o, a, b, c, d) -> o.xreadGroupBinary(a, b, c, d), p1, p2, p3, p4);
    }

    @Override
    public Response<Map<byte[], List<StreamEntryBinary>>> xreadGroupBinaryAsMap(byte[] p1, byte[] p2, XReadGroupParams p3, Map<byte[], StreamEntryID> p4) {
        return queue((o, a, b, c, d) -> o.xreadGroupBinaryAsMap(a, b, c, d), p1, p2, p3, p4);
    }

    @Override
    public Response<List<Object>> xrevrange(byte[] p1, byte[] p2, byte[] p3) {
        return queue((o, a, b, c) -> o.xrevrange(a, b, c), p1, p2, p3);
    }

    @Override
    public Response<List<Object>> xrevrange(byte[] p1, byte[] p2, byte[] p3, int p4) {
        return queue((o, a, b, c, d) -> o.xrevrange(a, b, c, (int) d), p1, p2, p3, p4);
    }

    @Override
    public Response<List<StreamEntry>> xrevrange(String p1, String p2, String p3) {
        return queue((o, a, b, c) -> o.xrevrange(a, b, c), p1, p2, p3);
    }

    @Override
    public Response<List<StreamEntry>> xrevrange(String p1, String p2, String p3, int p4) {
        return queue((o, a, b, c, d) -> o.xrevrange(a, b, c, (int) d), p1, p2, p3, p4);
    }

    @Override
    public Response<List<StreamEntry>> xrevrange(String p1, StreamEntryID p2, StreamEntryID p3) {
        return queue((o, a, b, c) -> o.xrevrange(a, b, c), p1, p2, p3);
    }

    @Override
    public Response<List<StreamEntry>> xrevrange(String p1, StreamEntryID p2, StreamEntryID p3, int p4) {
        return queue((o, a, b, c, d) -> o.xrevrange(a, b, c, (int) d), p1, p2, p3, p4);
    }

    @Override
    public Response<Long> xtrim(byte[] p1, long p2, boolean p3) {
        return queue((o, a, b, c) -> o.xtrim(a, (long) b, (boolean) c), p1, p2, p3);
    }

    @Override
    public Response<Long> xtrim(byte[] p1, XTrimParams p2) {
        return queue((o, a, b) -> o.xtrim(a, b), p1, p2);
    }

    @Override
    public Response<Long> xtrim(String p1, long p2, boolean p3) {
        return queue((o, a, b, c) -> o.xtrim(a, (long) b, (boolean) c), p1, p2, p3);
    }

    @Override
    public Response<Long> xtrim(String p1, XTrimParams p2) {
        return queue((o, a, b) -> o.xtrim(a, b), p1, p2);
    }

    @Override
    public Response<Long> zadd(byte[] p1, double p2, byte[] p3) {
        return queue((o, a, b, c) -> o.zadd(a, (double) b, c), p1, p2, p3);
    }

    @Override
    public Response<Long> zadd(byte[] p1, double p2, byte[] p3, ZAddParams p4) {
        return queue((o, a, b, c, d) -> o.zadd(a, (double) b, c, d), p1, p2, p3, p4);
    }

    @Override
    public Response<Long> zadd(byte[] p1, Map<byte[], Double> p2) {
        return queue((o, a, b) -> o.zadd(a, b), p1, p2);
    }

    @Override
    public Response<Long> zadd(byte[] p1, Map<byte[], Double> p2, ZAddParams p3) {
        return queue((o, a, b, c) -> o.zadd(a, b, c), p1, p2, p3);
    }

    @Override
    public Response<Long> zadd(String p1, double p2, String p3) {
        return queue((o, a, b, c) -> o.zadd(a, (double) b, c), p1, p2, p3);
    }

    @Override
    public Response<Long> zadd(String p1, double p2, String p3, ZAddParams p4) {
        return queue((o, a, b, c, d) -> o.zadd(a, (double) b, c, d), p1, p2, p3, p4);
    }

    @Override
    public Response<Long> zadd(String p1, Map<String, Double> p2) {
        return queue((o, a, b) -> o.zadd(a, b), p1, p2);
    }

    @Override
    public Response<Long> zadd(String p1, Map<String, Double> p2, ZAddParams p3) {
        return queue((o, a, b, c) -> o.zadd(a, b, c), p1, p2, p3);
    }

    @Override
    public Response<Double> zaddIncr(byte[] p1, double p2, byte[] p3, ZAddParams p4) {
        return queue((o, a, b, c, d) -> o.zaddIncr(a, (double) b, c, d), p1, p2, p3, p4);
    }

    @Override
    public Response<Double> zaddIncr(String p1, double p2, String p3, ZAddParams p4) {
        return queue((o, a, b, c, d) -> o.zaddIncr(a, (double) b, c, d), p1, p2, p3, p4);
    }

    @Override
    public Response<Long> zcard(byte[] p1) {
        return queue((o, a) -> o.zcard(a), p1);
    }

    @Override
    public Response<Long> zcard(String p1) {
        return queue((o, a) -> o.zcard(a), p1);
    }

    @Override
    public Response<Long> zcount(byte[] p1, byte[] p2, byte[] p3) {
        return queue((o, a, b, c) -> o.zcount(a, b, c), p1, p2, p3);
    }

    @Override
    public Response<Long> zcount(byte[] p1, double p2, double p3) {
        return queue((o, a, b, c) -> o.zcount(a, (double) b, (double) c), p1, p2, p3);
    }

    @Override
    public Response<Long> zcount(String p1, double p2, double p3) {
        return queue((o, a, b, c) -> o.zcount(a, (double) b, (double) c), p1, p2, p3);
    }

    @Override
    public Response<Long> zcount(String p1, String p2, String p3) {
        return queue((o, a, b, c) -> o.zcount(a, b, c), p1, p2, p3);
    }

    @Override
    public Response<List<byte[]>> zdiff(byte[]... p1) {
        return queue((o, a) -> o.zdiff(a), p1);
    }

    @Override
    public Response<List<String>> zdiff(String... p1) {
        return queue((o, a) -> o.zdiff(a), p1);
    }

    @Override
    public Response<Long> zdiffStore(byte[] p1, byte[]... p2) {
        return queue((o, a, b) -> o.zdiffStore(a, b), p1, p2);
    }

    @Override
    public Response<Long> zdiffStore(String p1, String... p2) {
        return queue((o, a, b) -> o.zdiffStore(a, b), p1, p2);
    }

    @Override
    public Response<List<Tuple>> zdiffWithScores(byte[]... p1) {
        return queue((o, a) -> o.zdiffWithScores(a), p1);
    }

    @Override
    public Response<List<Tuple>> zdiffWithScores(String... p1) {
        return queue((o, a) -> o.zdiffWithScores(a), p1);
    }

    @Override
    public Response<Long> zdiffstore(byte[] p1, byte[]... p2) {
        return queue((o, a, b) -> o.zdiffstore(a, b), p1, p2);
    }

    @Override
    public Response<Long> zdiffstore(String p1, String... p2) {
        return queue((o, a, b) -> o.zdiffstore(a, b), p1, p2);
    }

    @Override
    public Response<Double> zincrby(byte[] p1, double p2, byte[] p3) {
        return queue((o, a, b, c) -> o.zincrby(a, (double) b, c), p1, p2, p3);
    }

    @Override
    public Response<Double> zincrby(byte[] p1, double p2, byte[] p3, ZIncrByParams p4) {
        return queue((o, a, b, c, d) -> o.zincrby(a, (double) b, c, d), p1, p2, p3, p4);
    }

    @Override
    public Response<Double> zincrby(String p1, double p2, String p3) {
        return queue((o, a, b, c) -> o.zincrby(a, (double) b, c), p1, p2, p3);
    }

    @Override
    public Response<Double> zincrby(String p1, double p2, String p3, ZIncrByParams p4) {
        return queue((o, a, b, c, d) -> o.zincrby(a, (double) b, c, d), p1, p2, p3, p4);
    }

    @Override
    public Response<List<byte[]>> zinter(ZParams p1, byte[]... p2) {
        return queue((o, a, b) -> o.zinter(a, b), p1, p2);
    }

    @Override
    public Response<List<String>> zinter(ZParams p1, String... p2) {
        return queue((o, a, b) -> o.zinter(a, b), p1, p2);
    }

    @Override
    public Response<List<Tuple>> zinterWithScores(ZParams p1, byte[]... p2) {
        return queue((o, a, b) -> o.zinterWithScores(a, b), p1, p2);
    }

    @Override
    public Response<List<Tuple>> zinterWithScores(ZParams p1, String... p2) {
        return queue((o, a, b) -> o.zinterWithScores(a, b), p1, p2);
    }

    @Override
    public Response<Long> zintercard(byte[]... p1) {
        return queue((o, a) -> o.zintercard(a), p1);
    }

    @Override
    public Response<Long> zintercard(String... p1) {
        return queue((o, a) -> o.zintercard(a), p1);
    }

    @Override
    public Response<Long> zintercard(long p1, byte[]... p2) {
        return queue((o, a, b) -> o.zintercard((long) a, b), p1, p2);
    }

    @Override
    public Response<Long> zintercard(long p1, String... p2) {
        return queue((o, a, b) -> o.zintercard((long) a, b), p1, p2);
    }

    @Override
    public Response<Long> zinterstore(byte[] p1, byte[]... p2) {
        return queue((o, a, b) -> o.zinterstore(a, b), p1, p2);
    }

    @Override
    public Response<Long> zinterstore(byte[] p1, ZParams p2, byte[]... p3) {
        return queue((o, a, b, c) -> o.zinterstore(a, b, c), p1, p2, p3);
    }

    @Override
    public Response<Long> zinterstore(String p1, String... p2) {
        return queue((o, a, b) -> o.zinterstore(a, b), p1, p2);
    }

    @Override
    public Response<Long> zinterstore(String p1, ZParams p2, String... p3) {
        return queue((o, a, b, c) -> o.zinterstore(a, b, c), p1, p2, p3);
    }

    @Override
    public Response<Long> zlexcount(byte[] p1, byte[] p2, byte[] p3) {
        return queue((o, a, b, c) -> o.zlexcount(a, b, c), p1, p2, p3);
    }

    @Override
    public Response<Long> zlexcount(String p1, String p2, String p3) {
        return queue((o, a, b, c) -> o.zlexcount(a, b, c), p1, p2, p3);
    }

    @Override
    public Response<KeyValue<byte[], List<Tuple>>> zmpop(SortedSetOption p1, byte[]... p2) {
        return queue((o, a, b) -> o.zmpop(a, b), p1, p2);
    }

    @Override
    public Response<KeyValue<byte[], List<Tuple>>> zmpop(SortedSetOption p1, int p2, byte[]... p3) {
        return queue((o, a, b, c) -> o.zmpop(a, (int) b, c), p1, p2, p3);
    }

    @Override
    public Response<KeyValue<String, List<Tuple>>> zmpop(SortedSetOption p1, int p2, String... p3) {
        return queue((o, a, b, c) -> o.zmpop(a, (int) b, c), p1, p2, p3);
    }

    @Override
    public Response<KeyValue<String, List<Tuple>>> zmpop(SortedSetOption p1, String... p2) {
        return queue((o, a, b) -> o.zmpop(a, b), p1, p2);
    }

    @Override
    public Response<List<Double>> zmscore(byte[] p1, byte[]... p2) {
        return queue((o, a, b) -> o.zmscore(a, b), p1, p2);
    }

    @Override
    public Response<List<Double>> zmscore(String p1, String... p2) {
        return queue((o, a, b) -> o.zmscore(a, b), p1, p2);
    }

    @Override
    public Response<Tuple> zpopmax(byte[] p1) {
        return queue((o, a) -> o.zpopmax(a), p1);
    }

    @Override
    public Response<List<Tuple>> zpopmax(byte[] p1, int p2) {
        return queue((o, a, b) -> o.zpopmax(a, (int) b), p1, p2);
    }

    @Override
    public Response<Tuple> zpopmax(String p1) {
        return queue((o, a) -> o.zpopmax(a), p1);
    }

    @Override
    public Response<List<Tuple>> zpopmax(String p1, int p2) {
        return queue((o, a, b) -> o.zpopmax(a, (int) b), p1, p2);
    }

    @Override
    public Response<Tuple> zpopmin(byte[] p1) {
        return queue((o, a) -> o.zpopmin(a), p1);
    }

    @Override
    public Response<List<Tuple>> zpopmin(byte[] p1, int p2) {
        return queue((o, a, b) -> o.zpopmin(a, (int) b), p1, p2);
    }

    @Override
    public Response<Tuple> zpopmin(String p1) {
        return queue((o, a) -> o.zpopmin(a), p1);
    }

    @Override
    public Response<List<Tuple>> zpopmin(String p1, int p2) {
        return queue((o, a, b) -> o.zpopmin(a, (int) b), p1, p2);
    }

    @Override
    public Response<byte[]> zrandmember(byte[] p1) {
        return queue((o, a) -> o.zrandmember(a), p1);
    }

    @Override
    public Response<List<byte[]>> zrandmember(byte[] p1, long p2) {
        return queue((o, a, b) -> o.zrandmember(a, (long) b), p1, p2);
    }

    @Override
    public Response<String> zrandmember(String p1) {
        return queue((o, a) -> o.zrandmember(a), p1);
    }

    @Override
    public Response<List<String>> zrandmember(String p1, long p2) {
        return queue((o, a, b) -> o.zrandmember(a, (long) b), p1, p2);
    }

    @Override
    public Response<List<Tuple>> zrandmemberWithScores(byte[] p1, long p2) {
        return queue((o, a, b) -> o.zrandmemberWithScores(a, (long) b), p1, p2);
    }

    @Override
    public Response<List<Tuple>> zrandmemberWithScores(String p1, long p2) {
        return queue((o, a, b) -> o.zrandmemberWithScores(a, (long) b), p1, p2);
    }

    @Override
    public Response<List<byte[]>> zrange(byte[] p1, long p2, long p3) {
        return queue((o, a, b, c) -> o.zrange(a, (long) b, (long) c), p1, p2, p3);
    }

    @Override
    public Response<List<byte[]>> zrange(byte[] p1, ZRangeParams p2) {
        return queue((o, a, b) -> o.zrange(a, b), p1, p2);
    }

    @Override
    public Response<List<String>> zrange(String p1, long p2, long p3) {
        return queue((o, a, b, c) -> o.zrange(a, (long) b, (long) c), p1, p2, p3);
    }

    @Override
    public Response<List<String>> zrange(String p1, ZRangeParams p2) {
        return queue((o, a, b) -> o.zrange(a, b), p1, p2);
    }

    @Override
    public Response<List<byte[]>> zrangeByLex(byte[] p1, byte[] p2, byte[] p3) {
        return queue((o, a, b, c) -> o.zrangeByLex(a, b, c), p1, p2, p3);
    }

    @Override
    public Response<List<byte[]>> zrangeByLex(byte[] p1, byte[] p2, byte[] p3, int p4, int p5) {
        return queue((o, a, b, c, d, e) -> o.zrangeByLex(a, b, c, (int) d, (int) e), p1, p2, p3, p4, p5);
    }

    @Override
    public Response<List<String>> zrangeByLex(String p1, String p2, String p3) {
        return queue((o, a, b, c) -> o.zrangeByLex(a, b, c), p1, p2, p3);
    }

    @Override
    public Response<List<String>> zrangeByLex(String p1, String p2, String p3, int p4, int p5) {
        return queue((o, a, b, c, d, e) -> o.zrangeByLex(a, b, c, (int) d, (int) e), p1, p2, p3, p4, p5);
    }

    @Override
    public Response<List<byte[]>> zrangeByScore(byte[] p1, byte[] p2, byte[] p3) {
        return queue((o, a, b, c) -> o.zrangeByScore(a, b, c), p1, p2, p3);
    }

    @Override
    public Response<List<byte[]>> zrangeByScore(byte[] p1, byte[] p2, byte[] p3, int p4, int p5) {
        return queue((o, a, b, c, d, e) -> o.zrangeByScore(a, b, c, (int) d, (int) e), p1, p2, p3, p4, p5);
    }

    @Override
    public Response<List<byte[]>> zrangeByScore(byte[] p1, double p2, double p3) {
        return queue((o, a, b, c) -> o.zrangeByScore(a, (double) b, (double) c), p1, p2, p3);
    }

    @Override
    public Response<List<byte[]>> zrangeByScore(byte[] p1, double p2, double p3, int p4, int p5) {
        return queue((o, a, b, c, d, e) -> o.zrangeByScore(a, (double) b, (double) c, (int) d, (int) e), p1, p2, p3, p4, p5);
    }

    @Override
    public Response<List<String>> zrangeByScore(String p1, double p2, double p3) {
        return queue((o, a, b, c) -> o.zrangeByScore(a, (double) b, (double) c), p1, p2, p3);
    }

    @Override
    public Response<List<String>> zrangeByScore(String p1, double p2, double p3, int p4, int p5) {
        return queue((o, a, b, c, d, e) -> o.zrangeByScore(a, (double) b, (double) c, (int) d, (int) e), p1, p2, p3, p4, p5);
    }

    @Override
    public Response<List<String>> zrangeByScore(String p1, String p2, String p3) {
        return queue((o, a, b, c) -> o.zrangeByScore(a, b, c), p1, p2, p3);
    }

    @Override
    public Response<List<String>> zrangeByScore(String p1, String p2, String p3, int p4, int p5) {
        return queue((o, a, b, c, d, e) -> o.zrangeByScore(a, b, c, (int) d, (int) e), p1, p2, p3, p4, p5);
    }

    @Override
    public Response<List<Tuple>> zrangeByScoreWithScores(byte[] p1, byte[] p2, byte[] p3) {
        return queue((o, a, b, c) -> o.zrangeByScoreWithScores(a, b, c), p1, p2, p3);
    }

    @Override
    public Response<List<Tuple>> zrangeByScoreWithScores(byte[] p1, byte[] p2, byte[] p3, int p4, int p5) {
        return queue((o, a, b, c, d, e) -> o.zrangeByScoreWithScores(a, b, c, (int) d, (int) e), p1, p2, p3, p4, p5);
    }

    @Override
    public Response<List<Tuple>> zrangeByScoreWithScores(byte[] p1, double p2, double p3) {
        return queue((o, a, b, c) -> o.zrangeByScoreWithScores(a, (double) b, (double) c), p1, p2, p3);
    }

    @Override
    public Response<List<Tuple>> zrangeByScoreWithScores(byte[] p1, double p2, double p3, int p4, int p5) {
        return queue((o, a, b, c, d, e) -> o.zrangeByScoreWithScores(a, (double) b, (double) c, (int) d, (int) e), p1, p2, p3, p4, p5);
    }

    @Override
    public Response<List<Tuple>> zrangeByScoreWithScores(String p1, double p2, double p3) {
        return queue((o, a, b, c) -> o.zrangeByScoreWithScores(a, (double) b, (double) c), p1, p2, p3);
    }

    @Override
    public Response<List<Tuple>> zrangeByScoreWithScores(String p1, double p2, double p3, int p4, int p5) {
        return queue((o, a, b, c, d, e) -> o.zrangeByScoreWithScores(a, (double) b, (double) c, (int) d, (int) e), p1, p2, p3, p4, p5);
    }

    @Override
    public Response<List<Tuple>> zrangeByScoreWithScores(String p1, String p2, String p3) {
        return queue((o, a, b, c) -> o.zrangeByScoreWithScores(a, b, c), p1, p2, p3);
    }

    @Override
    public Response<List<Tuple>> zrangeByScoreWithScores(String p1, String p2, String p3, int p4, int p5) {
        return queue((o, a, b, c, d, e) -> o.zrangeByScoreWithScores(a, b, c, (int) d, (int) e), p1, p2, p3, p4, p5);
    }

    @Override
    public Response<List<Tuple>> zrangeWithScores(byte[] p1, long p2, long p3) {
        return queue((o, a, b, c) -> o.zrangeWithScores(a, (long) b, (long) c), p1, p2, p3);
    }

    @Override
    public Response<List<Tuple>> zrangeWithScores(byte[] p1, ZRangeParams p2) {
        return queue((o, a, b) -> o.zrangeWithScores(a, b), p1, p2);
    }

    @Override
    public Response<List<Tuple>> zrangeWithScores(String p1, long p2, long p3) {
        return queue((o, a, b, c) -> o.zrangeWithScores(a, (long) b, (long) c), p1, p2, p3);
    }

    @Override
    public Response<List<Tuple>> zrangeWithScores(String p1, ZRangeParams p2) {
        return queue((o, a, b) -> o.zrangeWithScores(a, b), p1, p2);
    }

    @Override
    public Response<Long> zrangestore(byte[] p1, byte[] p2, ZRangeParams p3) {
        return queue((o, a, b, c) -> o.zrangestore(a, b, c), p1, p2, p3);
    }

    @Override
    public Response<Long> zrangestore(String p1, String p2, ZRangeParams p3) {
        return queue((o, a, b, c) -> o.zrangestore(a, b, c), p1, p2, p3);
    }

    @Override
    public Response<Long> zrank(byte[] p1, byte[] p2) {
        return queue((o, a, b) -> o.zrank(a, b), p1, p2);
    }

    @Override
    public Response<Long> zrank(String p1, String p2) {
        return queue((o, a, b) -> o.zrank(a, b), p1, p2);
    }

    @Override
    public Response<KeyValue<Long, Double>> zrankWithScore(byte[] p1, byte[] p2) {
        return queue((o, a, b) -> o.zrankWithScore(a, b), p1, p2);
    }

    @Override
    public Response<KeyValue<Long, Double>> zrankWithScore(String p1, String p2) {
        return queue((o, a, b) -> o.zrankWithScore(a, b), p1, p2);
    }

    @Override
    public Response<Long> zrem(byte[] p1, byte[]... p2) {
        return queue((o, a, b) -> o.zrem(a, b), p1, p2);
    }

    @Override
    public Response<Long> zrem(String p1, String... p2) {
        return queue((o, a, b) -> o.zrem(a, b), p1, p2);
    }

    @Override
    public Response<Long> zremrangeByLex(byte[] p1, byte[] p2, byte[] p3) {
        return queue((o, a, b, c) -> o.zremrangeByLex(a, b, c), p1, p2, p3);
    }

    @Override
    public Response<Long> zremrangeByLex(String p1, String p2, String p3) {
        return queue((o, a, b, c) -> o.zremrangeByLex(a, b, c), p1, p2, p3);
    }

    @Override
    public Response<Long> zremrangeByRank(byte[] p1, long p2, long p3) {
        return queue((o, a, b, c) -> o.zremrangeByRank(a, (long) b, (long) c), p1, p2, p3);
    }

    @Override
    public Response<Long> zremrangeByRank(String p1, long p2, long p3) {
        return queue((o, a, b, c) -> o.zremrangeByRank(a, (long) b, (long) c), p1, p2, p3);
    }

    @Override
    public Response<Long> zremrangeByScore(byte[] p1, byte[] p2, byte[] p3) {
        return queue((o, a, b, c) -> o.zremrangeByScore(a, b, c), p1, p2, p3);
    }

    @Override
    public Response<Long> zremrangeByScore(byte[] p1, double p2, double p3) {
        return queue((o, a, b, c) -> o.zremrangeByScore(a, (double) b, (double) c), p1, p2, p3);
    }

    @Override
    public Response<Long> zremrangeByScore(String p1, double p2, double p3) {
        return queue((o, a, b, c) -> o.zremrangeByScore(a, (double) b, (double) c), p1, p2, p3);
    }

    @Override
    public Response<Long> zremrangeByScore(String p1, String p2, String p3) {
        return queue((o, a, b, c) -> o.zremrangeByScore(a, b, c), p1, p2, p3);
    }

    @Override
    public Response<List<byte[]>> zrevrange(byte[] p1, long p2, long p3) {
        return queue((o, a, b, c) -> o.zrevrange(a, (long) b, (long) c), p1, p2, p3);
    }

    @Override
    public Response<List<String>> zrevrange(String p1, long p2, long p3) {
        return queue((o, a, b, c) -> o.zrevrange(a, (long) b, (long) c), p1, p2, p3);
    }

    @Override
    public Response<List<byte[]>> zrevrangeByLex(byte[] p1, byte[] p2, byte[] p3) {
        return queue((o, a, b, c) -> o.zrevrangeByLex(a, b, c), p1, p2, p3);
    }

    @Override
    public Response<List<byte[]>> zrevrangeByLex(byte[] p1, byte[] p2, byte[] p3, int p4, int p5) {
        return queue((o, a, b, c, d, e) -> o.zrevrangeByLex(a, b, c, (int) d, (int) e), p1, p2, p3, p4, p5);
    }

    @Override
    public Response<List<String>> zrevrangeByLex(String p1, String p2, String p3) {
        return queue((o, a, b, c) -> o.zrevrangeByLex(a, b, c), p1, p2, p3);
    }

    @Override
    public Response<List<String>> zrevrangeByLex(String p1, String p2, String p3, int p4, int p5) {
        return queue((o, a, b, c, d, e) -> o.zrevrangeByLex(a, b, c, (int) d, (int) e), p1, p2, p3, p4, p5);
    }

    @Override
    public Response<List<byte[]>> zrevrangeByScore(byte[] p1, byte[] p2, byte[] p3) {
        return queue((o, a, b, c) -> o.zrevrangeByScore(a, b, c), p1, p2, p3);
    }

    @Override
    public Response<List<byte[]>> zrevrangeByScore(byte[] p1, byte[] p2, byte[] p3, int p4, int p5) {
        return queue((o, a, b, c, d, e) -> o.zrevrangeByScore(a, b, c, (int) d, (int) e), p1, p2, p3, p4, p5);
    }

    @Override
    public Response<List<byte[]>> zrevrangeByScore(byte[] p1, double p2, double p3) {
        return queue((o, a, b, c) -> o.zrevrangeByScore(a, (double) b, (double) c), p1, p2, p3);
    }

    @Override
    public Response<List<byte[]>> zrevrangeByScore(byte[] p1, double p2, double p3, int p4, int p5) {
        return queue((o, a, b, c, d, e) -> o.zrevrangeByScore(a, (double) b, (double) c, (int) d, (int) e), p1, p2, p3, p4, p5);
    }

    @Override
    public Response<List<String>> zrevrangeByScore(String p1, double p2, double p3) {
        return queue((o, a, b, c) -> o.zrevrangeByScore(a, (double) b, (double) c), p1, p2, p3);
    }

    @Override
    public Response<List<String>> zrevrangeByScore(String p1, double p2, double p3, int p4, int p5) {
        return queue((o, a, b, c, d, e) -> o.zrevrangeByScore(a, (double) b, (double) c, (int) d, (int) e), p1, p2, p3, p4, p5);
    }

    @Override
    public Response<List<String>> zrevrangeByScore(String p1, String p2, String p3) {
        return queue((o, a, b, c) -> o.zrevrangeByScore(a, b, c), p1, p2, p3);
    }

    @Override
    public Response<List<String>> zrevrangeByScore(String p1, String p2, String p3, int p4, int p5) {
        return queue((o, a, b, c, d, e) -> o.zrevrangeByScore(a, b, c, (int) d, (int) e), p1, p2, p3, p4, p5);
    }

    @Override
    public Response<List<Tuple>> zrevrangeByScoreWithScores(byte[] p1, byte[] p2, byte[] p3) {
        return queue((o, a, b, c) -> o.zrevrangeByScoreWithScores(a, b, c), p1, p2, p3);
    }

    @Override
    public Response<List<Tuple>> zrevrangeByScoreWithScores(byte[] p1, byte[] p2, byte[] p3, int p4, int p5) {
        return queue((o, a, b, c, d, e) -> o.zrevrangeByScoreWithScores(a, b, c, (int) d, (int) e), p1, p2, p3, p4, p5);
    }

    @Override
    public Response<List<Tuple>> zrevrangeByScoreWithScores(byte[] p1, double p2, double p3) {
        return queue((o, a, b, c) -> o.zrevrangeByScoreWithScores(a, (double) b, (double) c), p1, p2, p3);
    }

    @Override
    public Response<List<Tuple>> zrevrangeByScoreWithScores(byte[] p1, double p2, double p3, int p4, int p5) {
        return queue((o, a, b, c, d, e) -> o.zrevrangeByScoreWithScores(a, (double) b, (double) c, (int) d, (int) e), p1, p2, p3, p4, p5);
    }

    @Override
    public Response<List<Tuple>> zrevrangeByScoreWithScores(String p1, double p2, double p3) {
        return queue((o, a, b, c) -> o.zrevrangeByScoreWithScores(a, (double) b, (double) c), p1, p2, p3);
    }

    @Override
    public Response<List<Tuple>> zrevrangeByScoreWithScores(String p1, double p2, double p3, int p4, int p5) {
        return queue((o, a, b, c, d, e) -> o.zrevrangeByScoreWithScores(a, (double) b, (double) c, (int) d, (int) e), p1, p2, p3, p4, p5);
    }

    @Override
    public Response<List<Tuple>> zrevrangeByScoreWithScores(String p1, String p2, String p3) {
        return queue((o, a, b, c) -> o.zrevrangeByScoreWithScores(a, b, c), p1, p2, p3);
    }

    @Override
    public Response<List<Tuple>> zrevrangeByScoreWithScores(String p1, String p2, String p3, int p4, int p5) {
        return queue((o, a, b, c, d, e) -> o.zrevrangeByScoreWithScores(a, b, c, (int) d, (int) e), p1, p2, p3, p4, p5);
    }

    @Override
    public Response<List<Tuple>> zrevrangeWithScores(byte[] p1, long p2, long p3) {
        return queue((o, a, b, c) -> o.zrevrangeWithScores(a, (long) b, (long) c), p1, p2, p3);
    }

    @Override
    public Response<List<Tuple>> zrevrangeWithScores(String p1, long p2, long p3) {
        return queue((o, a, b, c) -> o.zrevrangeWithScores(a, (long) b, (long) c), p1, p2, p3);
    }

    @Override
    public Response<Long> zrevrank(byte[] p1, byte[] p2) {
        return queue((o, a, b) -> o.zrevrank(a, b), p1, p2);
    }

    @Override
    public Response<Long> zrevrank(String p1, String p2) {
        return queue((o, a, b) -> o.zrevrank(a, b), p1, p2);
    }

    @Override
    public Response<KeyValue<Long, Double>> zrevrankWithScore(byte[] p1, byte[] p2) {
        return queue((o, a, b) -> o.zrevrankWithScore(a, b), p1, p2);
    }

    @Override
    public Response<KeyValue<Long, Double>> zrevrankWithScore(String p1, String p2) {
        return queue((o, a, b) -> o.zrevrankWithScore(a, b), p1, p2);
    }

    @Override
    public Response<ScanResult<Tuple>> zscan(byte[] p1, byte[] p2) {
        return unsupported("public default redis.clients.jedis.Response redis.clients.jedis.commands.SortedSetPipelineBinaryCommands.zscan(byte[],byte[])");
    }

    @Override
    public Response<ScanResult<Tuple>> zscan(byte[] p1, byte[] p2, ScanParams p3) {
        return queue((o, a, b, c) -> o.zscan(a, b, c), p1, p2, p3);
    }

    @Override
    public Response<ScanResult<Tuple>> zscan(String p1, String p2) {
        return unsupported("public default redis.clients.jedis.Response redis.clients.jedis.commands.SortedSetPipelineCommands.zscan(java.lang.String,java.lang.String)");
    }

    @Override
    public Response<ScanResult<Tuple>> zscan(String p1, String p2, ScanParams p3) {
        return queue((o, a, b, c) -> o.zscan(a, b, c), p1, p2, p3);
    }

    @Override
    public Response<Double> zscore(byte[] p1, byte[] p2) {
        return queue((o, a, b) -> o.zscore(a, b), p1, p2);
    }

    @Override
    public Response<Double> zscore(String p1, String p2) {
        return queue((o, a, b) -> o.zscore(a, b), p1, p2);
    }

    @Override
    public Response<List<byte[]>> zunion(ZParams p1, byte[]... p2) {
        return queue((o, a, b) -> o.zunion(a, b), p1, p2);
    }

    @Override
    public Response<List<String>> zunion(ZParams p1, String... p2) {
        return queue((o, a, b) -> o.zunion(a, b), p1, p2);
    }

    @Override
    public Response<List<Tuple>> zunionWithScores(ZParams p1, byte[]... p2) {
        return queue((o, a, b) -> o.zunionWithScores(a, b), p1, p2);
    }

    @Override
    public Response<List<Tuple>> zunionWithScores(ZParams p1, String... p2) {
        return queue((o, a, b) -> o.zunionWithScores(a, b), p1, p2);
    }

    @Override
    public Response<Long> zunionstore(byte[] p1, byte[]... p2) {
        return queue((o, a, b) -> o.zunionstore(a, b), p1, p2);
    }

    @Override
    public Response<Long> zunionstore(byte[] p1, ZParams p2, byte[]... p3) {
        return queue((o, a, b, c) -> o.zunionstore(a, b, c), p1, p2, p3);
    }

    @Override
    public Response<Long> zunionstore(String p1, String... p2) {
        return queue((o, a, b) -> o.zunionstore(a, b), p1, p2);
    }

    @Override
    public Response<Long> zunionstore(String p1, ZParams p2, String... p3) {
        return queue((o, a, b, c) -> o.zunionstore(a, b, c), p1, p2, p3);
    }
}
