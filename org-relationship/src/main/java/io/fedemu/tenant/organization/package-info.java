/**
 * The organization's building blocks the Hybrid Configuration Wizard configures (issue 17, docs/PROTOCOL.md section
 * 23): accepted domains, email address policies, EWS virtual directories and the federated domains of a federation
 * trust made on demand, each kept under the tenant's state folder and changed by its Exchange cmdlet's rules.
 */
package io.fedemu.tenant.organization;
