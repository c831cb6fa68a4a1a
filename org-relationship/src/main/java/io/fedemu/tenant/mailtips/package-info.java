/**
 * MailTips (GetMailTips) for the organization's recipients and, across an organization relationship, for a
 * partner's; automatic replies (Get-/SetUserOofSettings, the admin API, the scenario). PROTOCOL.md section 15.
 */
package io.fedemu.tenant.mailtips;
