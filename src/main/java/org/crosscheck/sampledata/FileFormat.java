package org.crosscheck.sampledata;

/** The container an agency file is written in. */
enum FileFormat {
    /** Office Open XML workbook; written with SXSSF when large. */
    XLSX("xlsx"),
    /** Legacy BIFF8 workbook; at most 65,536 rows per sheet. */
    XLS("xls"),
    /** Delimited text. */
    CSV("csv");

    /** Rows per sheet a .xls file can hold. */
    static final int XLS_MAX_ROWS = 65_536;

    private final String extension;

    FileFormat(String extension) {
        this.extension = extension;
    }

    String extension() {
        return extension;
    }
}
