package io.github.jakartaredis.cluster.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Logger;

/**
 * A TCP proxy on {@code 127.0.0.1:<free port>} forwarding to {@code 127.0.0.1:<target port>}, whose behaviour
 * can be switched at run time to inject faults between a client and a Redis node.
 *
 * <ul>
 * <li>{@link Mode#FORWARD}: new connections are piped both ways to the target (one thread per direction).</li>
 * <li>{@link Mode#REFUSE}: new connections are accepted and immediately reset (closed with SO_LINGER 0, i.e. a
 * TCP RST). The listening socket stays open, so nobody else can take the port meanwhile. A client's TCP connect
 * succeeds but its first exchange fails; a Jedis 8 client, which sends {@code CLIENT SETINFO} while connecting,
 * fails at once while connecting with {@code JedisConnectionException: Failed to connect to 127.0.0.1:<port>}
 * (a pool: on borrow).</li>
 * <li>{@link Mode#STALL}: new connections are accepted and everything they send is read and discarded; they
 * never get an answer, so a client waits for its socket timeout (Jedis 8: already while connecting, then
 * {@code JedisConnectionException} caused by {@code SocketTimeoutException: Read timed out}). Connections
 * opened in FORWARD mode are paused as well: the bytes in flight in either direction are held back and delivered
 * when the mode becomes FORWARD again, so their protocol streams stay intact.</li>
 * </ul>
 *
 * <p>Switching to REFUSE leaves open connections alone (they keep forwarding); call {@link #dropAll()} to cut
 * them. Connections accepted in STALL mode never recover; drop them. A paused connection whose client gave up
 * is only noticed (and no longer counted as open) once forwarding resumes or it is dropped.
 *
 * <p>Thread-safe. All threads are daemon threads named {@code FaultProxy[<port>-><target>]-...}.
 */
public final class FaultProxy implements AutoCloseable {

    /** What the proxy does with connections; see the class description. */
    public enum Mode {
        /** Pipe bytes both ways. */
        FORWARD,
        /** Accept and reset new connections at once. */
        REFUSE,
        /** Accept, read and discard, never answer; pause forwarding connections. */
        STALL
    }

    private static final Logger LOG = Logger.getLogger(FaultProxy.class.getName());
    private static final int CONNECT_TIMEOUT_MILLIS = 2000;

    private final ServerSocket server;
    private final int targetPort;
    private final String name;
    private final Object modeLock = new Object();
    private volatile Mode mode = Mode.FORWARD;
    private volatile boolean closed;
    private final AtomicLong accepted = new AtomicLong();
    private final AtomicInteger connectionNumbers = new AtomicInteger();
    private final Set<Connection> open = ConcurrentHashMap.newKeySet();

    private FaultProxy(int targetPort) throws IOException {
        this.targetPort = targetPort;
        this.server = new ServerSocket();
        server.setReuseAddress(true);
        server.bind(new InetSocketAddress(InetAddress.getByName(LocalRedisCluster.HOST), 0), 128);
        this.name = "FaultProxy[" + server.getLocalPort() + "->" + targetPort + "]";
        Thread acceptor = new Thread(this::acceptLoop, name + "-accept");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    /**
     * Opens a proxy on a free port of 127.0.0.1 forwarding to 127.0.0.1:{@code targetPort}, in FORWARD mode.
     * The target need not be listening yet: it is connected to per accepted connection.
     */
    public static FaultProxy start(int targetPort) {
        try {
            return new FaultProxy(targetPort);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not open a proxy to port " + targetPort, e);
        }
    }

    /** The port the proxy listens on (127.0.0.1). */
    public int port() {
        return server.getLocalPort();
    }

    /** The port it forwards to (127.0.0.1). */
    public int targetPort() {
        return targetPort;
    }

    public Mode mode() {
        return mode;
    }

    /** Switches the mode; takes effect for new connections at once and, for STALL, also pauses open ones. */
    public void mode(Mode newMode) {
        synchronized (modeLock) {
            mode = newMode;
            modeLock.notifyAll();
        }
        LOG.fine(() -> name + " mode " + newMode);
    }

    /** Connections accepted (in any mode) since start or the last {@link #resetAcceptedConnections()}. */
    public long acceptedConnections() {
        return accepted.get();
    }

    /** Resets the accepted-connection counter to 0 and returns its previous value. */
    public long resetAcceptedConnections() {
        return accepted.getAndSet(0);
    }

    /** Client connections currently open through the proxy (forwarding, paused or stalled). */
    public int openConnections() {
        return open.size();
    }

    /** Closes every connection open now (both the client side and the target side); keeps listening. */
    public void dropAll() {
        for (Connection connection : open) {
            connection.close();
        }
        synchronized (modeLock) {
            modeLock.notifyAll();
        }
    }

    /** Stops listening and closes every connection. Idempotent. */
    @Override
    public void close() {
        closed = true;
        try {
            server.close();
        } catch (IOException ignored) {
            // nothing to do
        }
        dropAll();
    }

    @Override
    public String toString() {
        return name + " " + mode;
    }

    private void acceptLoop() {
        while (!closed) {
            Socket client;
            try {
                client = server.accept();
            } catch (IOException e) {
                if (!closed) {
                    LOG.warning(() -> name + " accept failed: " + e);
                    try {
                        Thread.sleep(10);
                    } catch (InterruptedException interrupted) {
                        return;
                    }
                }
                continue;
            }
            accepted.incrementAndGet();
            Mode current = mode;
            if (current == Mode.REFUSE) {
                reset(client);
                continue;
            }
            Connection connection = new Connection(client, connectionNumbers.incrementAndGet());
            open.add(connection);
            if (closed) {
                connection.close();
                return;
            }
            if (current == Mode.STALL) {
                startThread(connection.label + "-stall", connection::discard);
            } else {
                startThread(connection.label + "-up", connection::forward);
            }
        }
    }

    private static void startThread(String name, Runnable task) {
        Thread thread = new Thread(task, name);
        thread.setDaemon(true);
        thread.start();
    }

    private static void reset(Socket socket) {
        try {
            socket.setSoLinger(true, 0);
        } catch (IOException ignored) {
            // close anyway
        }
        try {
            socket.close();
        } catch (IOException ignored) {
            // nothing to do
        }
    }

    /** Blocks while the proxy is in STALL mode; false if the connection was closed meanwhile. */
    private boolean awaitForwarding(Connection connection) {
        synchronized (modeLock) {
            while (mode == Mode.STALL && !closed && !connection.closed) {
                try {
                    modeLock.wait(100);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return false;
                }
            }
            return !connection.closed;
        }
    }

    private final class Connection {
        final Socket client;
        final String label;
        volatile Socket upstream;
        volatile boolean closed;

        Connection(Socket client, int number) {
            this.client = client;
            this.label = name + "-c" + number;
        }

        /** Runs on the "-up" thread: connects to the target, starts the "-down" thread, pipes client to target. */
        void forward() {
            Socket target = new Socket();
            try {
                target.connect(new InetSocketAddress(InetAddress.getByName(LocalRedisCluster.HOST), targetPort),
                        CONNECT_TIMEOUT_MILLIS);
                target.setTcpNoDelay(true);
                client.setTcpNoDelay(true);
            } catch (IOException e) {
                LOG.fine(() -> label + " could not connect to the target: " + e);
                reset(client);
                closeQuietly(target);
                open.remove(this);
                return;
            }
            upstream = target;
            if (closed) { // dropped while connecting
                close();
                return;
            }
            startThread(label + "-down", () -> pipe(target, client));
            pipe(client, target);
        }

        void pipe(Socket from, Socket to) {
            byte[] buffer = new byte[16 * 1024];
            try {
                InputStream in = from.getInputStream();
                OutputStream out = to.getOutputStream();
                int read;
                while ((read = in.read(buffer)) != -1) {
                    if (!awaitForwarding(this)) {
                        break;
                    }
                    out.write(buffer, 0, read);
                    out.flush();
                }
            } catch (IOException endOfConnection) {
                // fall through: close both sides
            }
            close();
        }

        /** Runs on the "-stall" thread: reads and discards until the client goes away or is dropped. */
        void discard() {
            byte[] buffer = new byte[16 * 1024];
            try {
                InputStream in = client.getInputStream();
                while (in.read(buffer) != -1) {
                    // discard
                }
            } catch (IOException endOfConnection) {
                // fall through
            }
            close();
        }

        void close() {
            closed = true;
            closeQuietly(client);
            closeQuietly(upstream);
            open.remove(this);
        }
    }

    private static void closeQuietly(Socket socket) {
        if (socket != null) {
            try {
                socket.close();
            } catch (IOException ignored) {
                // nothing to do
            }
        }
    }
}
