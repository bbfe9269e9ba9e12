package fr.crefop.stages.serve;

import com.sun.net.httpserver.HttpExchange;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The open pages of the preview, each listening to server-sent events. A page that is closed or reloaded does not say
 * so: a comment line is sent to every page every few seconds, and a page whose connection fails is dropped (its
 * connection closed). At most {@code limit} pages listen at once; one more is refused with 503 and a French message.
 */
final class LiveReload implements AutoCloseable {

    private static final byte[] RELOAD = "data: reload\n\n".getBytes(StandardCharsets.UTF_8);
    private static final byte[] HEARTBEAT = ": toujours là\n\n".getBytes(StandardCharsets.UTF_8);

    private final int limit;
    /** The findings event of the last refused save, sent to pages opened since; none after a good save. */
    private volatile byte[] shown = new byte[0];
    private final Set<Client> clients = ConcurrentHashMap.newKeySet();
    private final ScheduledExecutorService heartbeat = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "preview-heartbeat");
        thread.setDaemon(true);
        return thread;
    });

    LiveReload(Duration every, int limit) {
        this.limit = limit;
        heartbeat.scheduleWithFixedDelay(() -> send(HEARTBEAT), every.toMillis(), every.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Answers a request for events: keeps the connection open, or refuses it when too many pages listen. */
    void open(HttpExchange exchange) throws IOException {
        Client client = new Client(exchange);
        if (!admit(client)) {
            byte[] body = ("Trop de pages de prévisualisation ouvertes (" + limit + ") : fermez des onglets puis "
                    + "rechargez la page pour retrouver le rechargement automatique.\n").getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "text/plain; charset=utf-8");
            exchange.getResponseHeaders().set("Retry-After", "5");
            exchange.sendResponseHeaders(503, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
            return;
        }
        exchange.getResponseHeaders().set("Content-Type", "text/event-stream");
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        try {
            exchange.sendResponseHeaders(200, 0);
            client.write(": ouvert\n\n".getBytes(StandardCharsets.UTF_8));
            byte[] errors = shown;
            if (errors.length > 0) {
                client.write(errors);
            }
        } catch (IOException e) {
            drop(client);
        }
    }

    /** Tells every open page to reload (which removes any error overlay). */
    void reload() {
        shown = new byte[0];
        send(RELOAD);
    }

    /** Tells every open page, and those opened later until the next reload, to show this event (see {@link ErrorOverlay}). */
    void show(byte[] event) {
        shown = event.clone();
        send(event);
    }

    /** How many pages listen now. */
    int clients() {
        return clients.size();
    }

    @Override
    public void close() {
        heartbeat.shutdownNow();
        clients.forEach(this::drop);
    }

    private synchronized boolean admit(Client client) {
        if (clients.size() >= limit) {
            return false;
        }
        clients.add(client);
        return true;
    }

    private void send(byte[] message) {
        for (Client client : clients) {
            try {
                client.write(message);
            } catch (IOException | RuntimeException e) {
                drop(client);
            }
        }
    }

    private void drop(Client client) {
        clients.remove(client);
        client.exchange().close();
    }

    /** One listening page. Writes are serialised: the heartbeat and a reload may come at once. */
    private record Client(HttpExchange exchange) {

        void write(byte[] bytes) throws IOException {
            synchronized (this) {
                OutputStream body = exchange.getResponseBody();
                body.write(bytes);
                body.flush();
            }
        }
    }
}
