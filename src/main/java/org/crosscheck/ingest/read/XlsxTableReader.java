package org.crosscheck.ingest.read;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.StylesTable;
import org.crosscheck.domain.WorkbenchException;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * Reads .xlsx by streaming each sheet's XML through SAX ({@link SheetXmlHandler}), so a 200,000-row sheet needs a
 * few MB of heap rather than the whole workbook in memory. Cached formula results are read, not formulas.
 */
public final class XlsxTableReader implements TableReader {
    private final Path file;
    private final OPCPackage pkg;
    private final XSSFReader reader;
    private final List<String> strings;
    private final StylesTable styles;
    private final List<String> sheetNames = new ArrayList<>();
    private volatile CountingInputStream counter;
    private volatile long partSize;

    public XlsxTableReader(Path file) throws IOException, OpenXML4JException, SAXException {
        this.file = file;
        this.pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
        try {
            this.reader = new XSSFReader(pkg);
            var stringParts = pkg.getPartsByContentType(
                    org.apache.poi.xssf.usermodel.XSSFRelation.SHARED_STRINGS.getContentType());
            if (stringParts.isEmpty()) {
                this.strings = List.of();
            } else {
                try (InputStream in = stringParts.get(0).getInputStream()) {
                    this.strings = SharedStrings.read(in);
                }
            }
            this.styles = reader.getStylesTable();
            XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
            while (sheets.hasNext()) {
                try (InputStream ignored = sheets.next()) {
                    sheetNames.add(sheets.getSheetName());
                }
            }
        } catch (ParserConfigurationException e) {
            pkg.revert();
            throw new IOException(e);
        } catch (IOException | OpenXML4JException | SAXException | RuntimeException e) {
            pkg.revert();
            throw e;
        }
    }

    @Override
    public List<String> sheetNames() {
        return List.copyOf(sheetNames);
    }

    @Override
    public void read(String sheet, RowHandler handler) {
        try {
            XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
            while (sheets.hasNext()) {
                try (InputStream in = sheets.next()) {
                    if (sheets.getSheetName().equals(sheet)) {
                        partSize = sheets.getSheetPart().getSize();
                        counter = new CountingInputStream(in);
                        parse(counter, handler);
                        return;
                    }
                }
            }
            throw new WorkbenchException("The workbook " + file.getFileName() + " has no sheet named '" + sheet
                    + "'. Its sheets are: " + String.join(", ", sheetNames) + ".");
        } catch (SheetXmlHandler.Stop stop) {
            // the handler had enough rows
        } catch (IOException | OpenXML4JException | SAXException | ParserConfigurationException
                 | org.apache.poi.ooxml.POIXMLException e) {
            throw TableReaders.unreadable(file.getFileName() + " (sheet '" + sheet + "')", e);
        }
    }

    private void parse(InputStream in, RowHandler handler)
            throws IOException, SAXException, ParserConfigurationException {
        XMLReader parser = XMLHelper.newXMLReader();
        parser.setContentHandler(new SheetXmlHandler(handler, strings, styles));
        parser.parse(new InputSource(in));
    }

    @Override
    public double fractionRead() {
        CountingInputStream c = counter;
        return c == null || partSize <= 0 ? -1 : Math.min(1.0, c.count() / (double) partSize);
    }

    @Override
    public void close() {
        pkg.revert();
    }
}
