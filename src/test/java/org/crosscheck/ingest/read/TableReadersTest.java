package org.crosscheck.ingest.read;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.crosscheck.domain.WorkbenchException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every way a file can be unusable gives a message that names the file and says what to do. */
class TableReadersTest {
    @TempDir
    Path dir;

    private String failureFor(Path file) {
        WorkbenchException e = assertThrows(WorkbenchException.class, () -> {
            try (TableReader reader = TableReaders.open(file)) {
                reader.read(reader.sheetNames().get(0), row -> true);
            }
        });
        assertTrue(e.getMessage().contains(file.getFileName().toString()), e.getMessage());
        return e.getMessage();
    }

    @Test
    void emptyFileIsReportedAsEmpty() throws IOException {
        Path file = Files.createFile(dir.resolve("empty.xlsx"));
        assertTrue(failureFor(file).contains("is empty"));
    }

    @Test
    void pdfIsNotASpreadsheet() throws IOException {
        Path file = Files.writeString(dir.resolve("report.xlsx"), "%PDF-1.7\n1 0 obj\n");
        assertTrue(failureFor(file).contains("not a spreadsheet (it looks like a PDF"));
    }

    @Test
    void binaryRubbishIsNotASpreadsheet() throws IOException {
        Path file = Files.write(dir.resolve("data.csv"), new byte[] {1, 2, 0, 4, 5, 0, 0, 7});
        assertTrue(failureFor(file).contains("not a spreadsheet or a text (CSV) file"));
    }

    @Test
    void passwordProtectedWorkbookAsksForAnUnprotectedCopy() throws Exception {
        Path plain = TestWorkbooks.xlsx(dir.resolve("plain.xlsx"), "Data", new Object[] {"Name", "Postcode"});
        Path file = dir.resolve("secret.xlsx");
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
            Encryptor encryptor = info.getEncryptor();
            encryptor.confirmPassword("letmein");
            try (OutputStream os = encryptor.getDataStream(fs)) {
                Files.copy(plain, os);
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                fs.writeFilesystem(out);
            }
        }
        assertTrue(failureFor(file).contains("protected by a password"));
    }

    @Test
    void truncatedWorkbookIsReportedAsDamaged() throws IOException {
        Path whole = TestWorkbooks.xlsx(dir.resolve("whole.xlsx"), "Data", new Object[] {"Name", "Postcode"},
                new Object[] {"A", "UB1 1AA"});
        byte[] bytes = Files.readAllBytes(whole);
        Path file = Files.write(dir.resolve("cut.xlsx"), java.util.Arrays.copyOf(bytes, bytes.length / 2));
        assertTrue(failureFor(file).contains("could not be opened as a spreadsheet"));
    }

    @Test
    void wordDocumentInAZipIsNotAWorkbook() throws IOException {
        Path file = dir.resolve("letter.xlsx");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write(("<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/"
                    + "content-types\"></Types>").getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            zip.write("<w:document/>".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        assertTrue(failureFor(file).contains("could not be opened as a spreadsheet"));
    }

    @Test
    void zipBombIsRefusedWithoutExpandingIt() throws IOException {
        Path file = dir.resolve("bomb.xlsx");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            byte[] spaces = new byte[1 << 20];
            java.util.Arrays.fill(spaces, (byte) ' ');
            for (int i = 0; i < 20; i++) {
                zip.write(spaces);
            }
            zip.closeEntry();
        }
        String message = failureFor(file);
        assertTrue(message.contains("zip bomb"), message);
    }
}
