/**
 * The Hybrid Configuration Wizard (issue 17, docs/PROTOCOL.md section 24): the HybridConfiguration object an
 * on-premises organization keeps (the desired state), and the engine Update-HybridConfiguration starts. Each of its
 * stages, in Exchange 2013's order, discovers both organizations, computes the difference against the desired state
 * and applies only that difference, reporting what it checked, what it changed as the Exchange cmdlet it stands for,
 * and why the step exists.
 */
package io.fedemu.tenant.hybrid;
