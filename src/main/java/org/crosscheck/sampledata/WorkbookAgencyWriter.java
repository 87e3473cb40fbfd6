package org.crosscheck.sampledata;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes an agency table as a workbook: .xls through HSSF, .xlsx through XSSF, or through SXSSF when the
 * table is large enough that holding every row in memory would hurt. Dates become real date cells.
 */
final class WorkbookAgencyWriter {

    /** Above this many rows an .xlsx is streamed (SXSSF keeps only a window of rows in memory). */
    static final int STREAMING_THRESHOLD = 5_000;

    /** Fixed document dates, so two runs with one seed differ as little as the zip container allows. */
    static final Date FIXED_CREATED = Date.from(LocalDate.of(2024, 10, 1).atStartOfDay().toInstant(ZoneOffset.UTC));

    private WorkbookAgencyWriter() {
    }

    static void write(AgencyTable table, Path file, FileFormat format, TruthWriter truth) throws IOException {
        Workbook workbook = create(format, table.rows().size());
        try {
            fill(workbook, table, file.getFileName().toString(), truth);
            try (OutputStream out = Files.newOutputStream(file)) {
                workbook.write(out);
            }
        } finally {
            if (workbook instanceof SXSSFWorkbook) {
                ((SXSSFWorkbook) workbook).dispose();
            }
            workbook.close();
        }
        if (format == FileFormat.XLSX) {
            StableZip.normalise(file);
        }
    }

    static Workbook create(FileFormat format, int rows) {
        if (format == FileFormat.XLS) {
            HSSFWorkbook workbook = new HSSFWorkbook();
            workbook.createInformationProperties();
            workbook.getSummaryInformation().setCreateDateTime(FIXED_CREATED);
            workbook.getSummaryInformation().setAuthor("Crosscheck sample generator");
            return workbook;
        }
        XSSFWorkbook xssf = new XSSFWorkbook();
        POIXMLProperties.CoreProperties core = xssf.getProperties().getCoreProperties();
        core.setCreated(Optional.of(FIXED_CREATED));
        core.setModified(Optional.of(FIXED_CREATED));
        core.setCreator("Crosscheck sample generator");
        // SXSSF writes strings inline by default, so memory stays flat however many rows are written.
        return rows > STREAMING_THRESHOLD ? new SXSSFWorkbook(xssf, 200) : xssf;
    }

    private static void fill(Workbook workbook, AgencyTable table, String fileName, TruthWriter truth) {
        AgencyLayout layout = table.layout();
        CellStyle dateStyle = workbook.createCellStyle();
        dateStyle.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("dd/mm/yyyy"));
        CellStyle headerStyle = workbook.createCellStyle();
        Font bold = workbook.createFont();
        bold.setBold(true);
        headerStyle.setFont(bold);
        CellStyle groupStyle = workbook.createCellStyle();
        groupStyle.setFont(bold);
        groupStyle.setAlignment(HorizontalAlignment.CENTER);

        if (layout.blankSheetBefore != null) {
            workbook.createSheet(layout.blankSheetBefore);
        }
        Sheet sheet = workbook.createSheet(layout.sheet);
        for (int i = 0; i < layout.columns.size(); i++) {
            sheet.setColumnWidth(i, 20 * 256);
        }
        int rowIndex = 0;
        for (String title : layout.titleLines) {
            Row row = sheet.createRow(rowIndex++);
            if (!title.isEmpty()) {
                Cell cell = row.createCell(0);
                cell.setCellValue(title);
                cell.setCellStyle(headerStyle);
            }
        }
        if (layout.hasGroupHeader()) {
            rowIndex = writeGroupRow(sheet, rowIndex, layout.columns, groupStyle);
        }
        Row header = sheet.createRow(rowIndex++);
        for (int i = 0; i < layout.columns.size(); i++) {
            Cell cell = header.createCell(i);
            cell.setCellValue(layout.columns.get(i).header());
            cell.setCellStyle(headerStyle);
        }
        for (AgencyTable.Row data : table.rows()) {
            Row row = sheet.createRow(rowIndex);
            List<Object> cells = data.cells();
            for (int i = 0; i < cells.size(); i++) {
                setCell(row, i, cells.get(i), dateStyle);
            }
            // POI rows are 0-based; Excel shows them 1-based, which is what the truth file promises.
            truth.record(fileName, layout.sheet, rowIndex + 1, data.ref(), data.businessId());
            rowIndex++;
        }
        for (String footer : layout.footer.apply(table.rows().size())) {
            Row row = sheet.createRow(rowIndex++);
            if (!footer.isEmpty()) {
                row.createCell(0).setCellValue(footer);
            }
        }
        if (layout.lookupSheetAfter != null) {
            Sheet lookup = workbook.createSheet(layout.lookupSheetName);
            int r = 0;
            for (List<String> values : layout.lookupSheetAfter) {
                Row row = lookup.createRow(r++);
                for (int i = 0; i < values.size(); i++) {
                    row.createCell(i).setCellValue(values.get(i));
                }
            }
        }
    }

    /** The upper row of a two-row header: each run of columns sharing a group gets one merged cell. */
    private static int writeGroupRow(Sheet sheet, int rowIndex, List<Column> columns, CellStyle style) {
        Row row = sheet.createRow(rowIndex);
        int start = 0;
        while (start < columns.size()) {
            String group = columns.get(start).group();
            int end = start;
            while (end + 1 < columns.size() && group != null && group.equals(columns.get(end + 1).group())) {
                end++;
            }
            if (group != null) {
                Cell cell = row.createCell(start);
                cell.setCellValue(group);
                cell.setCellStyle(style);
                if (end > start) {
                    sheet.addMergedRegion(new CellRangeAddress(rowIndex, rowIndex, start, end));
                }
            }
            start = end + 1;
        }
        return rowIndex + 1;
    }

    static void setCell(Row row, int column, Object value, CellStyle dateStyle) {
        if (value == null) {
            return;
        }
        Cell cell = row.createCell(column);
        if (value instanceof LocalDate) {
            cell.setCellValue((LocalDate) value);
            cell.setCellStyle(dateStyle);
        } else if (value instanceof Number) {
            cell.setCellValue(((Number) value).doubleValue());
        } else {
            cell.setCellValue(value.toString());
        }
    }
}
