package org.crosscheck.ingest.read;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.crosscheck.domain.WorkbenchException;

/**
 * Opens the right reader for a file by looking at its bytes, not its name, and turns every way a file can be
 * unusable (empty, encrypted, damaged, a zip bomb, not a spreadsheet) into a message the analyst can act on.
 */
public final class TableReaders {
    private static final int TEXT_PROBE_BYTES = 8 * 1024;

    private TableReaders() {
    }

    public static TableReader open(Path file) {
        String name = file.getFileName().toString();
        if (!Files.isRegularFile(file)) {
            throw new WorkbenchException("The file " + file + " does not exist or is not a file.");
        }
        try {
            if (Files.size(file) == 0) {
                throw new WorkbenchException("The file " + name + " is empty (0 bytes). Ask the agency to send it again.");
            }
            FileMagic magic;
            try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
                magic = FileMagic.valueOf(in);
            }
            return switch (magic) {
                case OOXML -> new XlsxTableReader(file);
                case OLE2 -> openOle2(file, name);
                case UNKNOWN -> openText(file, name);
                default -> throw new WorkbenchException("The file " + name + " is not a spreadsheet (it looks like a "
                        + describe(magic) + " file). Import .xlsx, .xls or .csv files.");
            };
        } catch (WorkbenchException e) {
            throw e;
        } catch (EncryptedDocumentException e) {
            throw passwordProtected(name, e);
        } catch (IOException | org.apache.poi.openxml4j.exceptions.OpenXML4JException | org.xml.sax.SAXException
                 | RuntimeException e) {
            throw unreadable(name, e);
        }
    }

    private static TableReader openOle2(Path file, String name) throws IOException {
        POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true);
        if (fs.getRoot().hasEntry("EncryptedPackage")) {
            fs.close();
            throw passwordProtected(name, null);
        }
        if (!fs.getRoot().hasEntry("Workbook") && !fs.getRoot().hasEntry("WORKBOOK") && !fs.getRoot().hasEntry("Book")) {
            fs.close();
            throw new WorkbenchException("The file " + name + " is an old Office document but not an Excel workbook "
                    + "(perhaps a Word file). Import .xlsx, .xls or .csv files.");
        }
        try {
            return new XlsTableReader(file, fs);
        } catch (EncryptedDocumentException e) {
            fs.close();
            throw passwordProtected(name, e);
        } catch (IOException | RuntimeException e) {
            fs.close();
            throw e;
        }
    }

    private static TableReader openText(Path file, String name) throws IOException {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(TEXT_PROBE_BYTES);
        }
        boolean utf16 = head.length >= 2 && ((head[0] & 0xff) == 0xFF && (head[1] & 0xff) == 0xFE
                || (head[0] & 0xff) == 0xFE && (head[1] & 0xff) == 0xFF);
        if (!utf16) {
            for (byte b : head) {
                if (b == 0) {
                    throw new WorkbenchException("The file " + name + " is not a spreadsheet or a text (CSV) file. "
                            + "Import .xlsx, .xls or .csv files.");
                }
            }
        }
        return new CsvTableReader(file);
    }

    private static WorkbenchException passwordProtected(String name, Exception cause) {
        return new WorkbenchException("The file " + name + " is protected by a password. Ask the agency for an "
                + "unprotected copy, or open it in Excel, remove the password and save it again.", cause);
    }

    /** The message for a file that cannot be read; the cause chain is searched for POI's zip bomb check. */
    static WorkbenchException unreadable(String name, Exception e) {
        String detail = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        boolean bomb = false;
        for (Throwable t = e; t != null && !bomb; t = t.getCause() == t ? null : t.getCause()) {
            bomb = t.getMessage() != null && t.getMessage().toLowerCase(Locale.ROOT).contains("zip bomb");
        }
        if (bomb) {
            return new WorkbenchException("The file " + name + " expands to far more data than its size suggests "
                    + "(a possible zip bomb), so it was not opened. Ask the agency to send the file again.", e);
        }
        return new WorkbenchException("The file " + name + " could not be opened as a spreadsheet: it may be "
                + "damaged or not really a spreadsheet (" + detail + "). Open it in Excel and save it again.", e);
    }

    private static String describe(FileMagic magic) {
        return switch (magic) {
            case PDF -> "PDF";
            case HTML -> "web page (HTML)";
            case XML -> "XML";
            case JPEG, PNG, GIF, BMP, TIFF, WMF, EMF -> "picture";
            case RTF -> "RTF document";
            default -> magic.name();
        };
    }
}
