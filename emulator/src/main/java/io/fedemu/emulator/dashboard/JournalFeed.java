package io.fedemu.emulator.dashboard;

import io.fedemu.runtime.journal.Journal;
import jakarta.servlet.AsyncContext;
import jakarta.servlet.AsyncEvent;
import jakarta.servlet.AsyncListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The live journal as server-sent events (a plain async servlet response): each request that gained a hop is sent
 * as one {@code request} event whose data is its row, rendered and escaped on the server, so the page's script only
 * puts it on top. One ticker thread serves every open page; a page that went away is dropped at the next write.
 */
final class JournalFeed implements AutoCloseable {
    static final long TICK_MILLIS = 400;
    static final long KEEP_ALIVE_MILLIS = 15_000;

    private final Journal journal;
    private final Pages pages;
    private final List<Listener> listeners = new CopyOnWriteArrayList<>();
    private final ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "fedemu-dashboard-journal");
        thread.setDaemon(true);
        return thread;
    });

    /** One open page: what it has seen, and when it last heard from us. */
    private static final class Listener {
        final AsyncContext async;
        long seen;
        long lastWrite = System.currentTimeMillis();

        Listener(AsyncContext async, long seen) {
            this.async = async;
            this.seen = seen;
        }
    }

    JournalFeed(Journal journal, Pages pages) {
        this.journal = journal;
        this.pages = pages;
        ticker.scheduleWithFixedDelay(this::tick, TICK_MILLIS, TICK_MILLIS, TimeUnit.MILLISECONDS);
    }

    /** Keeps the response open and sends every request with a hop after {@code after}, then each new one. */
    void open(HttpServletRequest request, HttpServletResponse response, long after) throws IOException {
        response.setContentType("text/event-stream");
        response.setCharacterEncoding("UTF-8");
        response.setHeader("Cache-Control", "no-store");
        AsyncContext async = request.startAsync();
        async.setTimeout(0);
        Listener listener = new Listener(async, after);
        async.addListener(new AsyncListener() {
            @Override
            public void onComplete(AsyncEvent event) {
                listeners.remove(listener);
            }

            @Override
            public void onTimeout(AsyncEvent event) {
                listeners.remove(listener);
            }

            @Override
            public void onError(AsyncEvent event) {
                listeners.remove(listener);
            }

            @Override
            public void onStartAsync(AsyncEvent event) {}
        });
        // Tells EventSource to come back after 2 s if the connection drops (the emulator restarting).
        response.getWriter().write("retry: 2000\n\n");
        response.flushBuffer();
        listeners.add(listener);
    }

    private void tick() {
        if (listeners.isEmpty()) {
            return;
        }
        long latest = JournalRows.latest(journal);
        long now = System.currentTimeMillis();
        for (Listener listener : listeners) {
            try {
                if (latest > listener.seen) {
                    send(listener, JournalRows.since(journal, listener.seen));
                    listener.seen = latest;
                    listener.lastWrite = now;
                } else if (now - listener.lastWrite > KEEP_ALIVE_MILLIS) {
                    write(listener, ": keep-alive\n\n");
                    listener.lastWrite = now;
                }
            } catch (IOException | RuntimeException gone) {
                listeners.remove(listener);
                try {
                    listener.async.complete();
                } catch (RuntimeException alreadyDone) {
                    // The page closed first.
                }
            }
        }
    }

    /** Oldest first, so that each put on top leaves the newest there. */
    private void send(Listener listener, List<Map<String, Object>> rows) throws IOException {
        StringBuilder events = new StringBuilder();
        for (int i = rows.size() - 1; i >= 0; i--) {
            Map<String, Object> row = rows.get(i);
            events.append("id: ").append(row.get("sequence")).append('\n');
            events.append("event: request\n");
            for (String line : pages.fragment("row", row).strip().split("\n")) {
                events.append("data: ").append(line).append('\n');
            }
            events.append('\n');
        }
        write(listener, events.toString());
    }

    private static void write(Listener listener, String text) throws IOException {
        PrintWriter writer = listener.async.getResponse().getWriter();
        writer.write(text);
        writer.flush();
        if (writer.checkError()) {
            throw new IOException("the page went away");
        }
    }

    int listening() {
        return listeners.size();
    }

    @Override
    public void close() {
        ticker.shutdownNow();
        for (Listener listener : listeners) {
            try {
                listener.async.complete();
            } catch (RuntimeException alreadyDone) {
                // Closed by the page meanwhile.
            }
        }
        listeners.clear();
    }
}
