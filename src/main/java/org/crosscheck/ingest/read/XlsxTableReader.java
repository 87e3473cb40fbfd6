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
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.crosscheck.domain.WorkbenchException;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * Reads .xlsx with POI's streaming (SAX) parser, so a 200,000-row sheet needs a few MB of heap rather than the
 * whole workbook in memory. Cached formula results are read, not formulas.
 */
public final class XlsxTableReader implements TableReader {
    private final Path file;
    private final OPCPackage pkg;
    private final XSSFReader reader;
    private final ReadOnlySharedStringsTable strings;
    private final StylesTable styles;
    private final List<String> sheetNames = new ArrayList<>();
    private volatile CountingInputStream counter;
    private volatile long partSize;

    public XlsxTableReader(Path file) throws IOException, OpenXML4JException, SAXException {
        this.file = file;
        this.pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
        try {
            this.reader = new XSSFReader(pkg);
            this.strings = new ReadOnlySharedStringsTable(pkg, false);
            this.styles = reader.getStylesTable();
            XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
            while (sheets.hasNext()) {
                try (InputStream ignored = sheets.next()) {
                    sheetNames.add(sheets.getSheetName());
                }
            }
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
        } catch (StopReading stop) {
            // the handler had enough rows
        } catch (IOException | OpenXML4JException | SAXException | ParserConfigurationException
                 | org.apache.poi.ooxml.POIXMLException e) {
            throw TableReaders.unreadable(file.getFileName() + " (sheet '" + sheet + "')", e);
        }
    }

    private void parse(InputStream in, RowHandler handler)
            throws IOException, SAXException, ParserConfigurationException {
        XMLReader parser = XMLHelper.newXMLReader();
        parser.setContentHandler(new XSSFSheetXMLHandler(styles, null, strings, new RowCollector(handler),
                new CellText.Formatter(), false));
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

    /** Thrown through the SAX parser to stop early; never escapes {@link #read}. */
    private static final class StopReading extends RuntimeException {
        private static final long serialVersionUID = 1L;

        StopReading() {
            super(null, null, false, false);
        }
    }

    /** Gathers a row's cells by column letter, filling gaps with "" and keeping exact row numbers. */
    private static final class RowCollector implements XSSFSheetXMLHandler.SheetContentsHandler {
        private final RowHandler handler;
        private final List<String> cells = new ArrayList<>();
        private int nextRow = 1;

        RowCollector(RowHandler handler) {
            this.handler = handler;
        }

        @Override
        public void startRow(int rowNum) {
            // rows absent from the XML are blank rows: report them so that numbering and blank-skipping stay exact
            while (nextRow < rowNum + 1) {
                emit(nextRow++, List.of());
            }
            cells.clear();
        }

        @Override
        public void endRow(int rowNum) {
            emit(rowNum + 1, new ArrayList<>(cells));
            nextRow = rowNum + 2;
        }

        @Override
        public void cell(String cellReference, String formattedValue, XSSFComment comment) {
            int column = cellReference == null ? cells.size() : new CellReference(cellReference).getCol();
            while (cells.size() < column) {
                cells.add("");
            }
            cells.add(CellText.clean(formattedValue));
        }

        private void emit(int rowNumber, List<String> row) {
            if (!handler.onRow(new RawRow(rowNumber, row))) {
                throw new StopReading();
            }
        }
    }
}
