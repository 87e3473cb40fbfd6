package org.crosscheck.settings;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.crosscheck.domain.WorkbenchException;
import org.crosscheck.storage.AppPaths;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads and writes {@link AppSettings} as a small JSON file. A write goes to a temporary file in the same folder,
 * is forced to disk and then renamed over the old file, so a crash leaves either the old or the new settings,
 * never half a file. A missing or unreadable file gives the defaults (an unreadable one is logged and kept as
 * {@code settings.json.unreadable}). Thread-safe.
 */
public final class SettingsStore {
    private static final Logger LOG = LoggerFactory.getLogger(SettingsStore.class);
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final Path file;

    public SettingsStore(Path file) {
        this.file = file;
    }

    /** The store in the user's application-data folder ({@link AppPaths#settingsFile()}). */
    public static SettingsStore inAppData() {
        return new SettingsStore(AppPaths.settingsFile());
    }

    public Path file() {
        return file;
    }

    /** The saved settings, or the defaults when there are none yet or the file cannot be read. */
    public synchronized AppSettings load() {
        if (!Files.exists(file)) {
            return AppSettings.defaults();
        }
        try {
            return fromJson(JSON.readTree(file.toFile()));
        } catch (IOException | RuntimeException e) {
            LOG.warn("Settings file {} cannot be read; starting from the defaults", file, e);
            try {
                Files.move(file, file.resolveSibling(file.getFileName() + ".unreadable"),
                        StandardCopyOption.REPLACE_EXISTING);
            } catch (IOException moveFailed) {
                LOG.warn("Could not set the unreadable settings file aside", moveFailed);
            }
            return AppSettings.defaults();
        }
    }

    /** Writes {@code settings} atomically. */
    public synchronized void save(AppSettings settings) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Path temp = Files.createTempFile(file.toAbsolutePath().getParent(), "settings", ".tmp");
            try {
                Files.write(temp, JSON.writeValueAsBytes(toJson(settings)));
                try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                    channel.force(true);
                }
                try {
                    Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
                }
            } finally {
                Files.deleteIfExists(temp);
            }
        } catch (IOException e) {
            throw new WorkbenchException("Your settings could not be saved in " + file + ": " + e.getMessage()
                    + ". Check that the folder exists and that you can write to it.", e);
        }
    }

    /** Loads, changes and saves in one step (so two changes from different threads cannot lose each other). */
    public synchronized AppSettings update(UnaryOperator<AppSettings> change) {
        AppSettings changed = change.apply(load());
        save(changed);
        return changed;
    }

    private static ObjectNode toJson(AppSettings s) {
        ObjectNode root = JSON.createObjectNode();
        root.put("analystName", s.analystName());
        root.put("matchThreshold", s.matchThreshold());
        root.put("reviewThreshold", s.reviewThreshold());
        root.put("staleDays", s.staleDays());
        ArrayNode recent = root.putArray("recentWorkspaces");
        s.recentWorkspaces().forEach(p -> recent.add(p.toString()));
        return root;
    }

    private static AppSettings fromJson(JsonNode root) {
        AppSettings d = AppSettings.defaults();
        List<Path> recent = new ArrayList<>();
        root.path("recentWorkspaces").forEach(n -> recent.add(Path.of(n.asText())));
        AppSettings read = new AppSettings(d.analystName(), d.matchThreshold(), d.reviewThreshold(), d.staleDays(),
                recent.stream().limit(AppSettings.MAX_RECENT).toList());
        // each preference falls back on its default by itself; bad values are refused as a whole, as in the dialog
        return read.withPreferences(root.path("analystName").asText(d.analystName()),
                root.path("matchThreshold").asDouble(d.matchThreshold()),
                root.path("reviewThreshold").asDouble(d.reviewThreshold()),
                root.path("staleDays").asInt(d.staleDays()));
    }
}
