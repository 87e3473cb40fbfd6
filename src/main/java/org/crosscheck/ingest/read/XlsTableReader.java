package org.crosscheck.ingest.read;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.crosscheck.domain.WorkbenchException;

/**
 * Reads legacy .xls (Excel 97-2003) workbooks. The format caps a sheet at 65,536 rows, so the workbook is held in
 * memory; values of merged cells stay in their top-left cell, as Excel stores them.
 */
public final class XlsTableReader implements TableReader {
    private final Path file;
    private final HSSFWorkbook workbook;
    private final DataFormatter formatter = new DataFormatter();
    private volatile double fraction = -1;

    public XlsTableReader(Path file, POIFSFileSystem fs) throws IOException {
        this.file = file;
        this.workbook = new HSSFWorkbook(fs.getRoot(), true);
    }

    @Override
    public List<String> sheetNames() {
        List<String> names = new ArrayList<>();
        workbook.forEach(s -> names.add(s.getSheetName()));
        return names;
    }

    @Override
    public void read(String sheetName, RowHandler handler) {
        Sheet sheet = workbook.getSheet(sheetName);
        if (sheet == null) {
            throw new WorkbenchException("The workbook " + file.getFileName() + " has no sheet named '" + sheetName
                    + "'. Its sheets are: " + String.join(", ", sheetNames()) + ".");
        }
        int last = sheet.getLastRowNum();
        for (int r = 0; r <= last; r++) {
            Row row = sheet.getRow(r);
            List<String> cells = new ArrayList<>();
            if (row != null) {
                for (int c = 0; c < row.getLastCellNum(); c++) {
                    cells.add(text(row.getCell(c)));
                }
            }
            fraction = (r + 1) / (double) (last + 1);
            if (!handler.onRow(new RawRow(r + 1, cells))) {
                return;
            }
        }
    }

    private String text(Cell cell) {
        if (cell == null) {
            return "";
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        return switch (type) {
            case NUMERIC -> CellText.numeric(cell.getNumericCellValue(), cell.getCellStyle().getDataFormat(),
                    cell.getCellStyle().getDataFormatString());
            case STRING -> CellText.clean(cell.getRichStringCellValue().getString());
            case BOOLEAN -> cell.getBooleanCellValue() ? "TRUE" : "FALSE";
            case ERROR -> "";
            default -> CellText.clean(formatter.formatCellValue(cell));
        };
    }

    @Override
    public double fractionRead() {
        return fraction;
    }

    @Override
    public void close() {
        try {
            workbook.close();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
