/**
 * Admin access for every role: the state directory's admin token and the filter that checks Host, Origin,
 * token and Content-Type before an {@code /admin} resource sees the request.
 */
package io.fedemu.runtime.admin;
