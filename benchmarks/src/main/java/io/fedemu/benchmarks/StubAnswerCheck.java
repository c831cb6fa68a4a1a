package io.fedemu.benchmarks;

import java.nio.file.Files;
import java.nio.file.Path;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Checks the sampled answers of {@code benchmarks/compare.sh} (issue 18): each file is one GetUserAvailability
 * answer whose every per-mailbox ResponseCode must be NoError (at least one), and, with {@code --schema XSD},
 * whose GetUserAvailabilityResponse must be valid against the project's messages.xsd, as the acceptance tests
 * check it. JDK only, so the script runs it as a single source file without building the module:
 *
 * <pre>java benchmarks/src/main/java/io/fedemu/benchmarks/StubAnswerCheck.java [--schema messages.xsd] FILE...</pre>
 *
 * Prints one line per file and exits 1 when any answer fails.
 */
public final class StubAnswerCheck {

    private static final String MESSAGES = "http://schemas.microsoft.com/exchange/services/2006/messages";

    private StubAnswerCheck() {}

    public static void main(String[] args) throws Exception {
        Schema schema = null;
        int first = 0;
        if (args.length > 1 && args[0].equals("--schema")) {
            schema = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI)
                    .newSchema(Path.of(args[1]).toUri().toURL());
            first = 2;
        }
        int failures = 0;
        for (int i = first; i < args.length; i++) {
            String problem = problem(Path.of(args[i]), schema);
            System.out.println(args[i] + ": " + (problem == null ? "ok" : problem));
            if (problem != null) {
                failures++;
            }
        }
        System.exit(failures == 0 ? 0 : 1);
    }

    /** What is wrong with one answer, or null when it is good. */
    private static String problem(Path file, Schema schema) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            Document document = factory.newDocumentBuilder().parse(Files.newInputStream(file));
            NodeList responses = document.getElementsByTagNameNS(MESSAGES, "GetUserAvailabilityResponse");
            if (responses.getLength() != 1) {
                return "no GetUserAvailabilityResponse";
            }
            NodeList codes = document.getElementsByTagNameNS(MESSAGES, "ResponseCode");
            if (codes.getLength() == 0) {
                return "no ResponseCode";
            }
            for (int i = 0; i < codes.getLength(); i++) {
                String code = codes.item(i).getTextContent().trim();
                if (!code.equals("NoError")) {
                    return "ResponseCode " + code;
                }
            }
            if (schema != null) {
                schema.newValidator().validate(new DOMSource((Element) responses.item(0)));
            }
            return null;
        } catch (Exception e) {
            return e.toString();
        }
    }
}
