package io.fedemu.runtime.transport;

import org.apache.cxf.Bus;
import org.apache.cxf.BusFactory;
import org.apache.cxf.wsdl.WSDLManager;

/**
 * One CXF {@link WSDLManager} for every role of the JVM. Each role has a bus of its own (so stopping it frees only
 * its port), and a bus's WSDL manager caches the WSDL definitions and the schemas compiled from them: with one each,
 * every role parsed services.wsdl and compiled Microsoft's types.xsd and messages.xsd again for its first SOAP
 * endpoint, about half of a test class's federation start (issue 18). The definitions are read-only once loaded (a
 * role's two SOAP endpoints share them the same way on one bus; {@code ?wsdl} answers are written from a copy), so
 * every bus is given this one instead. It belongs to a bus of its own that is never shut down and serves nothing:
 * that bus only resolves the classpath WSDL and its imports while a definition loads.
 */
final class SharedWsdl {
    private static final WSDLManager MANAGER = manager();

    private SharedWsdl() {}

    /** Makes {@code bus} use the JVM's WSDL manager instead of the one it was created with. */
    static void shareWith(Bus bus) {
        bus.setExtension(MANAGER, WSDLManager.class);
    }

    private static WSDLManager manager() {
        Bus holder = BusFactory.newInstance().createBus();
        return holder.getExtension(WSDLManager.class);
    }
}
