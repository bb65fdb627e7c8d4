package org.budgetperf.webhooks;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A webhook receiver on this machine that can be told to fail, to hang past the timeout, or to accept. */
final class Receiver implements AutoCloseable {

    enum Mode {
        FAIL,
        HANG,
        ACCEPT
    }

    /** One request as it arrived, and what it was answered. */
    record Request(String id, String timestamp, String signature, String body, boolean accepted) {}

    private final HttpServer server;
    volatile Mode mode = Mode.ACCEPT;
    final List<Request> requests = new CopyOnWriteArrayList<>();

    Receiver() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/hook", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            Mode now = mode;
            requests.add(new Request(
                    exchange.getRequestHeaders().getFirst("webhook-id"),
                    exchange.getRequestHeaders().getFirst("webhook-timestamp"),
                    exchange.getRequestHeaders().getFirst("webhook-signature"),
                    body,
                    now == Mode.ACCEPT));
            if (now == Mode.HANG) {
                try {
                    Thread.sleep(1_500);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            exchange.sendResponseHeaders(now == Mode.FAIL ? 503 : 204, -1);
            exchange.close();
        });
        server.start();
    }

    String url() {
        return "http://localhost:" + server.getAddress().getPort() + "/hook";
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
