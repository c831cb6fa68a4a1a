package io.fedemu.client.verify;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** Every link checked for one requester and target, in chain order. */
public record TrustChainReport(String requester, String target, List<LinkResult> links) {
    public TrustChainReport {
        links = List.copyOf(links);
    }

    public boolean ok() {
        return links.stream().allMatch(LinkResult::ok);
    }

    /** The first link that failed: where a trainer starts. */
    public Optional<LinkResult> firstBroken() {
        return links.stream().filter(link -> !link.ok()).findFirst();
    }

    public LinkResult link(Link link) {
        return links.stream()
                .filter(result -> result.link() == link)
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException(link + " was not checked"));
    }

    /** The trace as the command line prints it. */
    public String format() {
        return "Trust chain from " + requester + " to " + target + System.lineSeparator()
                + links.stream()
                        .map(link ->
                                "  " + link.format().replace(System.lineSeparator(), System.lineSeparator() + "  "))
                        .collect(Collectors.joining(System.lineSeparator()));
    }
}
