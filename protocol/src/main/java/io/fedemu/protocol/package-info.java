/**
 * The wire contracts fedemu speaks: EWS and Autodiscover (WSDL/XSD subset, generated types), gateway token and
 * metadata shapes, admin DTOs. Filled by the gateway and tenant issues.
 *
 * <p>EWS GetUserAvailability (PROTOCOL.md sections 2, 6, 8) is generated at build time by cxf-codegen-plugin from
 * {@code src/main/resources/wsdl/services.wsdl} (+ {@code messages.xsd}, {@code types.xsd}) into
 * {@code io.fedemu.protocol.ews.messages} (port type {@code ExchangeServicePortType}, service
 * {@code ExchangeServices}, request/response types) and {@code io.fedemu.protocol.ews.types}.
 *
 * <p>SOAP Autodiscover (PROTOCOL.md section 5: GetFederationInformation, GetUserSettings) is generated from
 * {@code src/main/resources/wsdl/autodiscover/autodiscover.wsdl} (+ {@code messages.xsd}) into
 * {@code io.fedemu.protocol.autodiscover} (port type {@code Autodiscover}, service {@code AutodiscoverService});
 * the plain values both ends share are in {@code io.fedemu.protocol.federation}.
 */
package io.fedemu.protocol;
