package io.fedemu.tenant.ews.mailbox;

import io.fedemu.protocol.ews.messages.ResolveNamesResponseMessageType;
import io.fedemu.protocol.ews.messages.ResolveNamesResponseType;
import io.fedemu.protocol.ews.messages.ResolveNamesType;
import io.fedemu.protocol.ews.types.ArrayOfResolutionType;
import io.fedemu.protocol.ews.types.ContactItemType;
import io.fedemu.protocol.ews.types.ContactSourceType;
import io.fedemu.protocol.ews.types.EmailAddressDictionaryEntryType;
import io.fedemu.protocol.ews.types.EmailAddressDictionaryType;
import io.fedemu.protocol.ews.types.EmailAddressKeyType;
import io.fedemu.protocol.ews.types.EmailAddressType;
import io.fedemu.protocol.ews.types.MailboxTypeType;
import io.fedemu.protocol.ews.types.ResolutionType;
import io.fedemu.protocol.ews.types.ResolveNamesSearchScopeType;
import io.fedemu.protocol.reason.Reason;
import io.fedemu.tenant.directory.Directory;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * ResolveNames against the organization's directory, as Exchange's ambiguous name resolution does against the
 * global address list (PROTOCOL.md section 16): an SMTP address (with or without "SMTP:") matches exactly, anything
 * else is the start of a display name, of a word of it, or of an alias. The entries are the mailboxes and the mail
 * users (remote mailboxes) the hybrid keeps for the partner's users; fedemu keeps no personal Contacts folder, so a
 * search of Contacts only finds nothing, and a federated partner's users, who are in no directory here, are not
 * found either, as at Exchange.
 */
final class NameResolution {
    /** Exchange returns the first 100 candidates. */
    static final int MAX_RESOLUTIONS = 100;

    private final Directory directory;

    NameResolution(Directory directory) {
        this.directory = directory;
    }

    /** One directory entry as ResolveNames shows it. */
    private record Entry(String displayName, String address, List<String> addresses) {
        boolean matches(String wanted, boolean exactAddress) {
            if (exactAddress) {
                return addresses.stream().anyMatch(a -> a.equalsIgnoreCase(wanted));
            }
            String prefix = wanted.toLowerCase(Locale.ROOT);
            String name = displayName.toLowerCase(Locale.ROOT);
            return name.startsWith(prefix)
                    || Stream.of(name.split("\\s+")).anyMatch(word -> word.startsWith(prefix))
                    || addresses.stream()
                            .map(a -> a.substring(0, a.indexOf('@')).toLowerCase(Locale.ROOT))
                            .anyMatch(alias -> alias.startsWith(prefix));
        }
    }

    ResolveNamesResponseType answer(ResolveNamesType request) {
        String entry = request.getUnresolvedEntry().trim();
        boolean exactAddress = entry.regionMatches(true, 0, "smtp:", 0, 5) || entry.contains("@");
        String wanted = entry.regionMatches(true, 0, "smtp:", 0, 5) ? entry.substring(5) : entry;
        ResolveNamesSearchScopeType scope = request.getSearchScope() == null
                ? ResolveNamesSearchScopeType.ACTIVE_DIRECTORY_CONTACTS
                : request.getSearchScope();
        List<Entry> found = new ArrayList<>();
        if (scope != ResolveNamesSearchScopeType.CONTACTS && !wanted.isEmpty()) {
            entries()
                    .filter(candidate -> candidate.matches(wanted, exactAddress))
                    .forEach(found::add);
        }
        found.sort(Comparator.comparing((Entry e) -> e.displayName().toLowerCase(Locale.ROOT))
                .thenComparing(Entry::address));
        ResolveNamesResponseMessageType message = new ResolveNamesResponseMessageType();
        if (found.isEmpty()) {
            ResponseMessages.error(
                    message,
                    Reason.NAME_NOT_RESOLVED,
                    "No results were found: no mailbox or mail user of the directory matches '" + entry + "'"
                            + (scope == ResolveNamesSearchScopeType.CONTACTS
                                    ? " (SearchScope Contacts: fedemu keeps no Contacts folder)."
                                    : "."));
            return ResponseMessages.answer(new ResolveNamesResponseType(), message);
        }
        ArrayOfResolutionType set = new ArrayOfResolutionType();
        found.stream()
                .limit(MAX_RESOLUTIONS)
                .forEach(
                        candidate -> set.getResolution().add(resolution(candidate, request.isReturnFullContactData())));
        set.setTotalItemsInView(Math.min(found.size(), MAX_RESOLUTIONS));
        set.setIncludesLastItemInRange(found.size() <= MAX_RESOLUTIONS);
        message.setResolutionSet(set);
        if (found.size() == 1) {
            ResponseMessages.success(message);
        } else {
            ResponseMessages.warning(
                    message,
                    Reason.NAME_AMBIGUOUS,
                    "Multiple results were found: " + found.size() + " directory entries match '" + entry + "'.");
        }
        return ResponseMessages.answer(new ResolveNamesResponseType(), message);
    }

    private Stream<Entry> entries() {
        return Stream.concat(
                directory.mailboxes().stream()
                        .map(mailbox -> new Entry(mailbox.displayName(), mailbox.address(), mailbox.allAddresses())),
                directory.remoteMailboxes().stream()
                        .map(remote -> new Entry(remote.displayName(), remote.address(), List.of(remote.address()))));
    }

    private static ResolutionType resolution(Entry entry, boolean fullContactData) {
        ResolutionType resolution = new ResolutionType();
        EmailAddressType mailbox = new EmailAddressType();
        mailbox.setName(entry.displayName());
        mailbox.setEmailAddress(entry.address());
        mailbox.setRoutingType("SMTP");
        // A mail-enabled directory object, mailbox or mail user alike ("Contact" is a Contacts folder's item).
        mailbox.setMailboxType(MailboxTypeType.MAILBOX);
        resolution.setMailbox(mailbox);
        if (fullContactData) {
            ContactItemType contact = new ContactItemType();
            contact.setDisplayName(entry.displayName());
            EmailAddressDictionaryType addresses = new EmailAddressDictionaryType();
            EmailAddressKeyType[] keys = EmailAddressKeyType.values();
            for (int i = 0; i < Math.min(keys.length, entry.addresses().size()); i++) {
                EmailAddressDictionaryEntryType address = new EmailAddressDictionaryEntryType();
                address.setKey(keys[i]);
                // The primary address in capitals, as in a proxyAddresses list.
                address.setValue(
                        (i == 0 ? "SMTP:" : "smtp:") + entry.addresses().get(i));
                addresses.getEntry().add(address);
            }
            contact.setEmailAddresses(addresses);
            contact.setContactSource(ContactSourceType.ACTIVE_DIRECTORY);
            resolution.setContact(contact);
        }
        return resolution;
    }
}
