package io.fedemu.client.http;

import java.net.URI;

/**
 * Where an outbound call really goes. Without a link fault a URL goes where it says; with one it goes
 * through the fault's proxy (or to a closed port). Asked on every call, so a fault set or cleared at
 * run time takes effect on the next request.
 */
@FunctionalInterface
public interface LinkRouter {
    LinkRouter DIRECT = target -> target;

    URI route(URI target);
}
