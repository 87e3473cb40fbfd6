package org.crosscheck.storage;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import org.crosscheck.domain.WorkbenchException;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.h2.api.ErrorCode;
import org.h2.jdbcx.JdbcConnectionPool;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.conf.Settings;
import org.jooq.impl.DSL;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One open workspace: a folder holding the embedded H2 database file, migrated by Flyway on open. Only one
 * process may hold a workspace at a time (H2's file lock); a second gets a plain message, never a corrupt file.
 * Thread-safe: repositories may be used from any worker thread.
 */
public final class Workspace implements AutoCloseable {
    /** The database file's base name inside the workspace folder (H2 adds {@code .mv.db}). */
    public static final String DB_NAME = "crosscheck";
    private static final Logger LOG = LoggerFactory.getLogger(Workspace.class);

    static {
        // H2 interns every string value it creates in a cache, hashing each one; an import's long original-cell
        // JSON is never repeated, so the cache only costs time (about 3% of a 200,000-row import)
        if (System.getProperty("h2.objectCache") == null) {
            System.setProperty("h2.objectCache", "false");
        }
    }

    private final Path directory;
    private final JdbcConnectionPool pool;
    private final DSLContext dsl;

    private Workspace(Path directory, JdbcConnectionPool pool) {
        this.directory = directory;
        this.pool = pool;
        this.dsl = DSL.using(pool, SQLDialect.H2, new Settings().withExecuteLogging(false));
    }

    /** The workspace the app and the CLI use when none is named: {@code Crosscheck/workspace} in the home folder. */
    public static Path defaultDirectory() {
        return Path.of(System.getProperty("user.home"), "Crosscheck", "workspace");
    }

    /** True when the folder already holds a workspace database. */
    public static boolean exists(Path directory) {
        return Files.exists(directory.resolve(DB_NAME + ".mv.db"));
    }

    /** Opens (creating if needed) the workspace in {@code directory} and brings its schema up to date. */
    public static Workspace open(Path directory) {
        Path dir = directory.toAbsolutePath().normalize();
        try {
            Files.createDirectories(dir);
        } catch (java.io.IOException e) {
            throw new WorkbenchException("Cannot create the workspace folder " + dir + ": " + e.getMessage()
                    + ". Choose a folder you can write to.", e);
        }
        // FILE_LOCK=FILE (H2's default) makes a second process fail fast instead of sharing the file.
        // AUTO_COMPACT_FILL_RATE=0 turns off H2's compaction while the workspace sits idle: on a linked workspace it
        // moved chunks in the background, and entries saved (and synced) after it were lost when the process was
        // killed, the next open then finding the file corrupt (KilledAfterEditsTest). Compaction still runs on a
        // clean close. See decision record 0006.
        String url = "jdbc:h2:file:" + dir.resolve(DB_NAME)
                + ";FILE_LOCK=FILE;DB_CLOSE_ON_EXIT=FALSE;AUTO_COMPACT_FILL_RATE=0";
        JdbcConnectionPool pool = JdbcConnectionPool.create(url, "sa", "");
        pool.setMaxConnections(8);
        try {
            pool.getConnection().close();
            Flyway.configure().dataSource(pool).locations("classpath:db/migration").load().migrate();
        } catch (SQLException e) {
            pool.dispose();
            throw translate(dir, e);
        } catch (FlywayException e) {
            pool.dispose();
            if (e.getCause() instanceof SQLException sql) {
                throw translate(dir, sql);
            }
            if (e instanceof org.flywaydb.core.api.exception.FlywayValidateException) {
                throw new WorkbenchException("The workspace in " + dir + " was made by a different version of "
                        + "Crosscheck and cannot be opened by this one. Open it with the version that made it, or "
                        + "choose another folder.", e);
            }
            throw new WorkbenchException("The workspace in " + dir + " could not be brought up to date: "
                    + e.getMessage(), e);
        }
        LOG.info("Opened workspace {}", dir);
        return new Workspace(dir, pool);
    }

    private static WorkbenchException translate(Path dir, SQLException e) {
        if (e.getErrorCode() == ErrorCode.DATABASE_ALREADY_OPEN_1) {
            return new WorkbenchException("The workspace " + dir + " is open in another Crosscheck window or program. "
                    + "Close it there, then try again.", e);
        }
        if (e.getErrorCode() == ErrorCode.FILE_CORRUPTED_1 || e.getErrorCode() == ErrorCode.FILE_VERSION_ERROR_1) {
            return new WorkbenchException("The workspace file in " + dir + " cannot be read (" + e.getMessage()
                    + "). Restore it from a backup or open another workspace.", e);
        }
        return new WorkbenchException("Cannot open the workspace " + dir + ": " + e.getMessage(), e);
    }

    public Path directory() {
        return directory;
    }

    /**
     * Makes everything committed so far reach the file now. H2 writes commits up to half a second later, which
     * keeps bulk imports fast (a crash then loses at most a whole import or run, never half of one); a decision
     * a person has just made is flushed at once, so a crash straight after cannot lose it.
     */
    static void flush(DSLContext dsl) {
        dsl.execute("CHECKPOINT SYNC");
    }

    /** The query context; package-private so that SQL stays inside {@code storage}. */
    DSLContext dsl() {
        return dsl;
    }

    public SourceRepository sources() {
        return new SourceRepository(dsl);
    }

    public ImportRepository imports() {
        return new ImportRepository(dsl);
    }

    public LinkageRepository linkage() {
        return new LinkageRepository(dsl);
    }

    public PictureRepository picture() {
        return new PictureRepository(dsl);
    }

    public TaskingRepository tasking() {
        return new TaskingRepository(dsl);
    }

    public ReferralRepository referrals() {
        return new ReferralRepository(dsl);
    }

    public RecordRepository records() {
        return new RecordRepository(dsl);
    }

    @Override
    public void close() {
        pool.dispose();
        LOG.info("Closed workspace {}", directory);
    }
}
