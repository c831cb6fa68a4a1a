package io.fedemu.tenant.servers;

import java.net.URI;

/**
 * Where one server of a running organization listens: its Client Access front end (what the namespace's load
 * balancer forwards to; null without the role) and its Mailbox back end (the "Exchange Back End" site, port 444 in
 * Exchange; null without the role). For an organization written without servers both are the organization's URL.
 */
public record ServerUrls(String server, URI frontEnd, URI backEnd) {}
