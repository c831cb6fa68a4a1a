/**
 * Hybrid mail transport (issue 15, docs/PROTOCOL.md section 17): the connectors the Hybrid Configuration Wizard
 * leaves on each side (the on-premises Receive connector "Default Frontend &lt;server&gt;" and Send connector
 * "Outbound to Office 365"; Exchange Online Protection's inbound and outbound connectors of type OnPremises), real
 * SMTP servers for them with STARTTLS and mutual TLS, the certificate name checks each side makes, the header
 * firewall that decides whether a message arrives as internal, and the mailboxes that receive.
 */
package io.fedemu.tenant.transport;
