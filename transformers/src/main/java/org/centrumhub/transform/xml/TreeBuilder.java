package org.centrumhub.transform.xml;

import org.xml.sax.Attributes;
import org.xml.sax.Locator;
import org.xml.sax.helpers.DefaultHandler;

/** Builds the {@link XmlElement} tree from SAX events. */
final class TreeBuilder extends DefaultHandler {
    private final StringBuilder text = new StringBuilder();
    private Locator locator;
    private XmlElement current;
    private XmlElement root;

    @Override
    public void setDocumentLocator(Locator locator) {
        this.locator = locator;
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes) {
        text.setLength(0);
        current = new XmlElement(uri, localName, current, locator == null ? -1 : locator.getLineNumber());
        if (root == null) {
            root = current;
        }
    }

    @Override
    public void characters(char[] ch, int start, int length) {
        text.append(ch, start, length);
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
        if (current.children().isEmpty()) {
            current.setText(text.toString().trim());
        }
        text.setLength(0);
        current = current.parent().orElse(null);
    }

    XmlElement root() {
        return root;
    }
}
