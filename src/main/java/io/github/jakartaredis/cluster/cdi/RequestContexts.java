package io.github.jakartaredis.cluster.cdi;

/**
 * Tells, without an exception, whether a request context may be active on the calling thread. CDI 4.0 has no
 * "is this context active" query: {@code BeanManager.getContext} throws when none is, and an exception per command
 * would cost more than the command where no request context ever is (timers, executor tasks, benchmarks). The
 * extension tracks the CDI {@code @Initialized} and {@code @Destroyed} events of the request scope per thread;
 * only when one may be active does the connection look its tally up. Thread-safe (thread-confined state).
 */
final class RequestContexts {

    private static final ThreadLocal<int[]> DEPTH = ThreadLocal.withInitial(() -> new int[1]);

    private RequestContexts() {
    }

    static void initialized() {
        DEPTH.get()[0]++;
    }

    static void destroyed() {
        int[] depth = DEPTH.get();
        if (depth[0] > 0) {
            depth[0]--;
        }
    }

    static boolean activeOnThisThread() {
        return DEPTH.get()[0] > 0;
    }
}
