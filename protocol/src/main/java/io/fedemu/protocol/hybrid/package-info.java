/**
 * The Hybrid Configuration Wizard on the wire (issue 17, docs/PROTOCOL.md section 24): the HybridConfiguration object
 * an on-premises organization holds, and what one run of Update-HybridConfiguration reports, stage by stage.
 */
package io.fedemu.protocol.hybrid;
