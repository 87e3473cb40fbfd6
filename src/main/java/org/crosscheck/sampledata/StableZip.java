package org.crosscheck.sampledata;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * Rewrites an .xlsx container with a fixed timestamp on every entry. POI stamps zip entries with the
 * current time, so without this two runs with one seed give equal parts but different bytes, and the
 * committed sample data would show as changed on every regeneration.
 */
final class StableZip {

    private StableZip() {
    }

    static void normalise(Path file) throws IOException {
        Path temp = file.resolveSibling(file.getFileName() + ".tmp");
        try (ZipFile in = new ZipFile(file.toFile());
             OutputStream raw = Files.newOutputStream(temp);
             ZipOutputStream out = new ZipOutputStream(raw)) {
            var entries = in.entries();
            while (entries.hasMoreElements()) {
                ZipEntry source = entries.nextElement();
                ZipEntry target = new ZipEntry(source.getName());
                target.setTime(WorkbookAgencyWriter.FIXED_CREATED.getTime());
                out.putNextEntry(target);
                try (InputStream data = in.getInputStream(source)) {
                    data.transferTo(out);
                }
                out.closeEntry();
            }
        }
        Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
    }
}
