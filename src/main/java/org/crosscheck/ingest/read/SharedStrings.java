package org.crosscheck.ingest.read;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.util.XMLHelper;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The workbook's shared strings as plain Java strings, read with SAX. POI's read-only table hands each one out as
 * a new rich-text object built through XMLBeans, which cost more than parsing the sheet itself. Phonetic runs
 * (rPh) are left out, as Excel shows them only on request.
 */
final class SharedStrings extends DefaultHandler {
    private final List<String> strings = new ArrayList<>();
    private final StringBuilder current = new StringBuilder();
    private boolean inText;
    private boolean inPhonetic;

    static List<String> read(InputStream in) throws IOException, SAXException, ParserConfigurationException {
        SharedStrings handler = new SharedStrings();
        XMLReader parser = XMLHelper.newXMLReader();
        parser.setContentHandler(handler);
        parser.parse(new InputSource(in));
        return handler.strings;
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes) {
        switch (localName) {
            case "si" -> current.setLength(0);
            case "t" -> inText = !inPhonetic;
            case "rPh" -> inPhonetic = true;
            default -> { }
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
        switch (localName) {
            case "si" -> strings.add(current.toString());
            case "t" -> inText = false;
            case "rPh" -> inPhonetic = false;
            default -> { }
        }
    }

    @Override
    public void characters(char[] ch, int start, int length) {
        if (inText) {
            current.append(ch, start, length);
        }
    }
}
