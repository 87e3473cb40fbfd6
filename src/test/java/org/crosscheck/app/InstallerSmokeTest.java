package org.crosscheck.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Checks what the installer build relies on without running jlink or jpackage (that is {@code mvn -B -Pinstaller
 * package}, see installer/README.md): its option files, the icons in each platform's format, and that the
 * launcher's command line works in a JVM with no display at all.
 */
class InstallerSmokeTest {
    private static final Path INSTALLER = Path.of("installer");

    @TempDir
    Path dir;

    @Test
    void everyPlatformHasItsOptionsAndIcon() {
        for (String file : List.of("jpackage/identity.args", "jpackage/app.args", "jpackage/linux.args",
                "jpackage/windows.args", "jpackage/macos.args", "jpackage/cli-launcher.properties",
                "jpackage/linux-resources/postinst", "jpackage/linux-resources/prerm", "icons/crosscheck.png",
                "icons/crosscheck.ico", "icons/crosscheck.icns")) {
            assertTrue(Files.isRegularFile(INSTALLER.resolve(file)), file);
        }
    }

    @Test
    void theDebDeclaresGtk3AndTheMainClassIsTheLauncher() throws Exception {
        List<String> linux = Files.readAllLines(INSTALLER.resolve("jpackage/linux.args"));
        assertEquals("libgtk-3-0", linux.get(linux.indexOf("--linux-package-deps") + 1));
        List<String> app = Files.readAllLines(INSTALLER.resolve("jpackage/app.args"));
        assertEquals(Main.class.getName(), app.get(app.indexOf("--main-class") + 1));
    }

    @Test
    void theIconsAreRealImagesInEachFormat() throws Exception {
        BufferedImage png = ImageIO.read(INSTALLER.resolve("icons/crosscheck.png").toFile());
        assertEquals(256, png.getWidth());
        assertEquals(256, png.getHeight());
        byte[] ico = Files.readAllBytes(INSTALLER.resolve("icons/crosscheck.ico"));
        assertEquals(List.of(0, 0, 1, 0), List.of((int) ico[0], (int) ico[1], (int) ico[2], (int) ico[3]));
        byte[] icns = Files.readAllBytes(INSTALLER.resolve("icons/crosscheck.icns"));
        assertEquals("icns", new String(icns, 0, 4, StandardCharsets.US_ASCII));
        // the first ICNS element, 'ic07', is a 128 px PNG after the 8-byte file and 8-byte element headers
        BufferedImage ic07 = ImageIO.read(new ByteArrayInputStream(icns, 16, icns.length - 16));
        assertEquals(128, ic07.getWidth());
        assertTrue(Main.class.getResource("crosscheck-icon.png") != null, "window icon on the classpath");
    }

    @Test
    void theLauncherPrintsItsVersionWithNoDisplay() throws Exception {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dcrosscheck.logdir=" + dir, "-Dcrosscheck.datadir=" + dir, "-Djava.awt.headless=true",
                "-cp", System.getProperty("java.class.path"), Main.class.getName(), "--version"));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().remove("DISPLAY");
        builder.environment().remove("WAYLAND_DISPLAY");
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertTrue(process.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, process.exitValue(), output);
        assertTrue(output.startsWith("Crosscheck "), output);
    }
}
