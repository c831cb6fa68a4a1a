/**
 * The wire contracts fedemu speaks: EWS and Autodiscover (WSDL/XSD subset, generated types), gateway token and metadata shapes, admin DTOs. Filled by the gateway and tenant issues.
 */
package io.fedemu.protocol;
