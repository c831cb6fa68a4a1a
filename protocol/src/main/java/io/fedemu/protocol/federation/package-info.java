/**
 * Federation facts as plain values, shared by the tenant that answers SOAP Autodiscover and the client that
 * asks it (PROTOCOL.md section 5). The wire types are generated into {@code io.fedemu.protocol.autodiscover}.
 */
package io.fedemu.protocol.federation;
