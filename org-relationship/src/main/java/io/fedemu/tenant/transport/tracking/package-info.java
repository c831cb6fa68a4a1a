/**
 * Message tracking (issue 15, docs/PROTOCOL.md section 19): each organization's message tracking log of transport
 * events (Get-MessageTrackingLog) and the delivery reports EWS answers from it (FindMessageTrackingReport,
 * GetMessageTrackingReport), locally and across an organization relationship with DeliveryReportEnabled.
 */
package io.fedemu.tenant.transport.tracking;
