package org.crosscheck.sampledata;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes one large agency-style sheet for import benchmarks (200,000 rows by 15 columns is the target).
 * Rows stream through SXSSF with inline strings, not the shared-strings table, so the writer runs in a
 * 256 MB heap; this is also the shape a reader must cope with, since many exporting systems write it.
 * Businesses are made afresh for each row and not kept, so memory does not grow with the row count.
 */
public final class BigXlsxWriter {

    /** Sheet name of the written workbook. */
    public static final String SHEET = "Records";

    /** The first fifteen headers; columns past these are generic "Field n" columns. */
    static final List<String> HEADERS = List.of("Premises Ref", "Premises Name", "Trading As", "Address Line 1",
            "Address Line 2", "Town", "Post Code", "Tel", "Email", "Company Number", "Business Type", "Rating",
            "Last Inspection", "Officer", "Notes");

    private static final String[] NOTES = {
        "Advice given", "Revisit due", "Allergen info missing", "New owner", "Pest control contract seen",
        "Hand wash basin blocked", "Complaint received", "Documentation incomplete", "Satisfactory"
    };

    private BigXlsxWriter() {
    }

    /**
     * Writes {@code rows} data rows of {@code columns} columns below one header row on sheet "Records".
     *
     * @param file    the .xlsx file to write (overwritten)
     * @param rows    data rows, not counting the header; at most 1,048,575
     * @param columns columns, at least 1
     * @param seed    random seed; equal seeds give equal cell contents
     * @throws UncheckedIOException if the file cannot be written
     */
    public static void write(Path file, int rows, int columns, long seed) {
        if (rows < 0 || rows > 1_048_575 || columns < 1) {
            throw new IllegalArgumentException("rows must be 0..1,048,575 and columns at least 1");
        }
        XSSFWorkbook template = (XSSFWorkbook) WorkbookAgencyWriter.create(FileFormat.XLSX, 0);
        // useSharedStringsTable=false is SXSSF's default: every string is written inline in its cell.
        SXSSFWorkbook workbook = new SXSSFWorkbook(template, 100, true, false);
        try {
            Sheet sheet = workbook.createSheet(SHEET);
            CellStyle dateStyle = workbook.createCellStyle();
            dateStyle.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("dd/mm/yyyy"));
            Row header = sheet.createRow(0);
            for (int c = 0; c < columns; c++) {
                header.createCell(c).setCellValue(c < HEADERS.size() ? HEADERS.get(c) : "Field " + (c + 1));
            }
            Random random = new Random(seed);
            BusinessFactory factory = new BusinessFactory(new Random(seed ^ 0x5DEECE66DL));
            for (int r = 1; r <= rows; r++) {
                Business business = factory.standalone(String.format("B%07d", r));
                RowContext context = new RowContext(business, String.format("PR%07d", r), false,
                        new Random(random.nextLong()));
                List<Object> values = values(context, columns);
                Row row = sheet.createRow(r);
                for (int c = 0; c < values.size(); c++) {
                    WorkbookAgencyWriter.setCell(row, c, values.get(c), dateStyle);
                }
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                workbook.write(out);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write benchmark workbook " + file, e);
        } finally {
            workbook.dispose();
            try {
                workbook.close();
            } catch (IOException e) {
                throw new UncheckedIOException("Could not close benchmark workbook " + file, e);
            }
        }
    }

    private static List<Object> values(RowContext c, int columns) {
        Business b = c.business();
        List<String> lines = c.lines();
        List<Object> values = new ArrayList<>(columns);
        for (int i = 0; i < columns; i++) {
            values.add(switch (i) {
                case 0 -> c.ref();
                case 1 -> NameVariants.typo(b.tradingName(), 3, c.random());
                case 2 -> b.isCompany() ? NameVariants.suffixVariant(b.legalName(), c.random()) : null;
                case 3 -> AddressVariants.line(lines, 0);
                case 4 -> lines.size() > 1 ? String.join(", ", lines.subList(1, lines.size())) : null;
                case 5 -> b.address().town();
                case 6 -> AddressVariants.postcode(b.address().postcode(), 10, c.random());
                case 7 -> c.phone(40);
                case 8 -> b.email();
                case 9 -> b.companyNumber();
                case 10 -> b.type().label();
                case 11 -> c.chance(5) ? "Awaiting Inspection" : Integer.toString(c.random().nextInt(6));
                case 12 -> c.visitDate();
                case 13 -> c.officerInitials();
                case 14 -> c.chance(60) ? null : NOTES[c.random().nextInt(NOTES.length)];
                default -> "X" + (1000 + c.random().nextInt(9000));
            });
        }
        return values;
    }
}
