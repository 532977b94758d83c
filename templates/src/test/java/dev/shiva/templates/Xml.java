package dev.shiva.templates;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathExpressionException;
import javax.xml.xpath.XPathFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/** Rendered XML, parsed with the JDK's DOM and queried with XPath (namespaces ignored). */
final class Xml {
    private final Document document;

    private Xml(Document document) {
        this.document = document;
    }

    static Xml parse(String text) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return new Xml(factory.newDocumentBuilder().parse(new InputSource(new StringReader(text))));
        } catch (ParserConfigurationException | SAXException | IOException e) {
            throw new AssertionError("not well-formed XML: " + e.getMessage() + "\n" + text, e);
        }
    }

    /** The text of every node the expression selects, in document order. */
    List<String> texts(String xpath) {
        NodeList nodes = nodes(xpath);
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            texts.add(nodes.item(i).getTextContent().strip());
        }
        return texts;
    }

    /** The text of the one node the expression selects. */
    String text(String xpath) {
        List<String> texts = texts(xpath);
        if (texts.size() != 1) {
            throw new AssertionError(xpath + " selects " + texts.size() + " nodes: " + texts);
        }
        return texts.get(0);
    }

    int count(String xpath) {
        return nodes(xpath).getLength();
    }

    /** The comment that closes the element, if its last non-blank child is a comment. */
    String lastComment(String xpath) {
        Node element = nodes(xpath).item(0);
        for (Node child = element.getLastChild(); child != null; child = child.getPreviousSibling()) {
            if (child.getNodeType() == Node.COMMENT_NODE) {
                return child.getTextContent().strip();
            }
            if (child.getNodeType() != Node.TEXT_NODE || !child.getTextContent().isBlank()) {
                return "";
            }
        }
        return "";
    }

    private NodeList nodes(String xpath) {
        try {
            return (NodeList) XPathFactory.newInstance().newXPath().evaluate(xpath, document, XPathConstants.NODESET);
        } catch (XPathExpressionException e) {
            throw new AssertionError(xpath, e);
        }
    }
}
