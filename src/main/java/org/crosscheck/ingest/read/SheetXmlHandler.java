package org.crosscheck.ingest.read;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.BuiltinFormats;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads one worksheet's XML into rows of text, as {@link RowHandler} expects them. Written for speed instead of
 * POI's XSSFSheetXMLHandler, which builds an XMLBeans rich-text object for every inline string and looks each
 * cell's style up afresh: here strings stay strings and each style's number format is read once. Cached formula
 * results are read, formulas ignored; numbers go through {@link CellText#numeric}. Not thread-safe.
 */
final class SheetXmlHandler extends DefaultHandler {
    private final RowHandler handler;
    private final List<String> sharedStrings;
    private final StylesTable styles;
    private final Map<Integer, String[]> formats = new HashMap<>();
    private final StringBuilder value = new StringBuilder();
    private List<String> cells = new ArrayList<>();
    private int nextRow = 1;
    private int row;
    private int column;
    private String type;
    private int style;
    private boolean capturing;

    SheetXmlHandler(RowHandler handler, List<String> sharedStrings, StylesTable styles) {
        this.handler = handler;
        this.sharedStrings = sharedStrings;
        this.styles = styles;
    }

    /** Thrown to stop parsing when the handler has had enough rows. */
    static final class Stop extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Stop() {
            super(null, null, false, false);
        }
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes) {
        switch (localName) {
            case "row" -> {
                String r = attributes.getValue("r");
                row = r == null ? nextRow : Integer.parseInt(r);
                // rows absent from the XML are blank rows: report them so that row numbers stay exact
                while (nextRow < row) {
                    emit(nextRow++, List.of());
                }
                cells = new ArrayList<>();
            }
            case "c" -> {
                String ref = attributes.getValue("r");
                column = ref == null ? cells.size() : columnOf(ref);
                type = attributes.getValue("t");
                String s = attributes.getValue("s");
                style = s == null ? 0 : Integer.parseInt(s);
                value.setLength(0);
            }
            case "v" -> capturing = true;
            case "t" -> capturing = "inlineStr".equals(type);
            default -> { }
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
        switch (localName) {
            case "v", "t" -> capturing = false;
            case "c" -> {
                while (cells.size() < column) {
                    cells.add("");
                }
                cells.add(CellText.clean(text()));
            }
            case "row" -> {
                emit(row, cells);
                nextRow = row + 1;
            }
            default -> { }
        }
    }

    @Override
    public void characters(char[] ch, int start, int length) {
        if (capturing) {
            value.append(ch, start, length);
        }
    }

    private String text() {
        String v = value.toString();
        if (type == null || "n".equals(type)) {
            if (v.isEmpty()) {
                return "";
            }
            String[] format = formatOf(style);
            try {
                return CellText.numeric(Double.parseDouble(v), Integer.parseInt(format[0]), format[1]);
            } catch (NumberFormatException e) {
                return v;
            }
        }
        return switch (type) {
            case "s" -> {
                int index = Integer.parseInt(v.trim());
                yield index < sharedStrings.size() ? sharedStrings.get(index) : "";
            }
            case "b" -> "1".equals(v) ? "TRUE" : "FALSE";
            case "e" -> "";
            default -> v;                        // inlineStr, str (a formula's text result)
        };
    }

    private String[] formatOf(int styleIndex) {
        return formats.computeIfAbsent(styleIndex, i -> {
            if (styles == null || styles.getNumCellStyles() == 0) {
                return new String[] {"0", "General"};
            }
            XSSFCellStyle s = styles.getStyleAt(Math.min(i, styles.getNumCellStyles() - 1));
            short index = s.getDataFormat();
            String format = s.getDataFormatString();
            return new String[] {Short.toString(index), format != null ? format : BuiltinFormats.getBuiltinFormat(index)};
        });
    }

    /** "AB12" → 27 (0-based column of a cell reference). */
    static int columnOf(String ref) {
        int column = 0;
        for (int i = 0; i < ref.length(); i++) {
            char c = ref.charAt(i);
            if (c < 'A' || c > 'Z') {
                break;
            }
            column = column * 26 + (c - 'A' + 1);
        }
        return column - 1;
    }

    private void emit(int rowNumber, List<String> row) {
        if (!handler.onRow(new RawRow(rowNumber, row))) {
            throw new Stop();
        }
    }
}
