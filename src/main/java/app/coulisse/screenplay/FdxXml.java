package app.coulisse.screenplay;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

import app.coulisse.screenplay.UnreadableScreenplayException.Reason;

/**
 * Parses uploaded XML with DTDs, external entities, entity expansion and XInclude all off, since an upload is
 * untrusted (XXE, billion laughs); and walks the resulting elements by name.
 */
final class FdxXml {

    private static final Pattern DOCTYPE = Pattern.compile("<!DOCTYPE", Pattern.CASE_INSENSITIVE);
    /** Final Draft nests about eight levels deep; far deeper is an attack on the stack of whoever walks the tree. */
    static final int MAX_DEPTH = 64;
    private static final String MAX_DEPTH_PROPERTY = "jdk.xml.maxElementDepth";

    private FdxXml() {
    }

    static Document parse(String xml) throws UnreadableScreenplayException {
        try {
            DocumentBuilder builder = hardenedFactory().newDocumentBuilder();
            builder.setErrorHandler(new DefaultHandler()); // fatal errors still throw; nothing printed to stderr
            builder.setEntityResolver((publicId, systemId) -> {
                throw new SAXException("External entity refused: " + systemId);
            });
            return builder.parse(new InputSource(new StringReader(xml)));
        } catch (SAXParseException e) {
            if (String.valueOf(e.getMessage()).contains(MAX_DEPTH_PROPERTY)) {
                throw new UnreadableScreenplayException(Reason.TOO_DEEP, e);
            }
            if (DOCTYPE.matcher(xml).find()) {
                throw new UnreadableScreenplayException(Reason.XML_DTD, e);
            }
            throw new UnreadableScreenplayException(Reason.XML_BROKEN, e, e.getLineNumber(), e.getColumnNumber());
        } catch (SAXException | IOException e) {
            throw new UnreadableScreenplayException(Reason.XML_BROKEN, e, 0, 0);
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("The JDK XML parser does not support the hardening features", e);
        }
    }

    private static DocumentBuilderFactory hardenedFactory() throws ParserConfigurationException {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
        factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        factory.setAttribute(MAX_DEPTH_PROPERTY, String.valueOf(MAX_DEPTH));
        factory.setXIncludeAware(false);
        factory.setExpandEntityReferences(false);
        return factory;
    }

    /** The direct child elements with that name, in order. */
    static List<Element> children(Element parent, String name) {
        List<Element> children = new ArrayList<>();
        if (parent == null) {
            return children;
        }
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element && element.getTagName().equals(name)) {
                children.add(element);
            }
        }
        return children;
    }

    /** The first direct child element with that name, or {@code null}. */
    static Element child(Element parent, String name) {
        List<Element> children = children(parent, name);
        return children.isEmpty() ? null : children.get(0);
    }

    /** The paragraph's text: its {@code Text} runs joined, trimmed. */
    static String paragraphText(Element paragraph) {
        StringBuilder text = new StringBuilder();
        children(paragraph, "Text").forEach(run -> text.append(run.getTextContent()));
        return text.toString().strip();
    }
}
