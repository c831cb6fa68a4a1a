/**
 * The wire contracts fedemu speaks: EWS and Autodiscover (WSDL/XSD subset, generated types), gateway token and
 * metadata shapes, admin DTOs. Filled by the gateway and tenant issues.
 *
 * <p>EWS GetUserAvailability (PROTOCOL.md sections 2, 6, 8) is generated at build time by cxf-codegen-plugin from
 * {@code src/main/resources/wsdl/services.wsdl} (+ {@code messages.xsd}, {@code types.xsd}) into
 * {@code io.fedemu.protocol.ews.messages} (port type {@code ExchangeServicePortType}, service
 * {@code ExchangeServices}, request/response types) and {@code io.fedemu.protocol.ews.types}.
 */
package io.fedemu.protocol;
