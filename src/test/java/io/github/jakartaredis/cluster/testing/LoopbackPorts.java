package io.github.jakartaredis.cluster.testing;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Free ports on {@link LocalRedisCluster#HOST} for cluster nodes: a node listens on P and talks to the other nodes
 * on its bus port P + {@value #BUS_PORT_OFFSET}, so both must be free. Stateless and thread-safe.
 */
final class LoopbackPorts {

    /** A node's cluster bus listens on its port plus this. */
    static final int BUS_PORT_OFFSET = 10000;

    private static final int MAX_ATTEMPTS = 1000;

    private LoopbackPorts() {
    }

    /**
     * {@code count} distinct ports P on 127.0.0.1, each with P and P + 10000 free now and not in {@code avoid}.
     * All are held while choosing, so they differ from each other and from each other's bus ports.
     *
     * @throws IllegalStateException if that many pairs were not found in {@value #MAX_ATTEMPTS} tries
     */
    static int[] freePairs(int count, Set<Integer> avoid) {
        List<ServerSocket> held = new ArrayList<>();
        try {
            int[] ports = new int[count];
            int found = 0;
            for (int attempt = 0; found < count; attempt++) {
                if (attempt > MAX_ATTEMPTS) {
                    throw new IllegalStateException("Could not find " + count + " free port pairs P, P+10000");
                }
                ServerSocket socket = bind(0);
                if (socket == null) {
                    continue;
                }
                int port = socket.getLocalPort();
                ServerSocket bus = port + BUS_PORT_OFFSET <= 65535 && !avoid.contains(port)
                        && !avoid.contains(port + BUS_PORT_OFFSET) ? bind(port + BUS_PORT_OFFSET) : null;
                if (bus == null) {
                    closeQuietly(socket);
                    continue;
                }
                held.add(socket);
                held.add(bus);
                ports[found++] = port;
            }
            return ports;
        } finally {
            held.forEach(LoopbackPorts::closeQuietly);
        }
    }

    private static ServerSocket bind(int port) {
        ServerSocket socket = null;
        try {
            socket = new ServerSocket();
            socket.setReuseAddress(true); // as redis-server does
            socket.bind(new InetSocketAddress(InetAddress.getByName(LocalRedisCluster.HOST), port), 1);
            return socket;
        } catch (IOException taken) {
            closeQuietly(socket);
            return null;
        }
    }

    private static void closeQuietly(ServerSocket socket) {
        if (socket != null) {
            try {
                socket.close();
            } catch (IOException ignored) {
                // nothing to do
            }
        }
    }
}
