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
 * A workspace may be protected by a password: its file is then encrypted (H2 {@code CIPHER=AES}) and a marker
 * file {@value #ENCRYPTED_MARKER} beside it says so (see decision 0005).
 * Thread-safe: repositories may be used from any worker thread.
 */
public final class Workspace implements AutoCloseable {
    /** The database file's base name inside the workspace folder (H2 adds {@code .mv.db}). */
    public static final String DB_NAME = "crosscheck";
    /** The file beside the database that marks it as encrypted; its text says so to a person looking. */
    public static final String ENCRYPTED_MARKER = "crosscheck.encrypted";
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

    /** A file bigger than this that grew by a quarter of it while open is compacted when closed. */
    private static final long COMPACT_FROM_BYTES = 32L * 1024 * 1024;
    private final long bytesAtOpen;
    private boolean closed;

    private Workspace(Path directory, JdbcConnectionPool pool) {
        this.directory = directory;
        this.pool = pool;
        this.dsl = DSL.using(pool, SQLDialect.H2, new Settings().withExecuteLogging(false));
        this.bytesAtOpen = fileSize();
    }

    private long fileSize() {
        try {
            return Files.size(directory.resolve(DB_NAME + ".mv.db"));
        } catch (java.io.IOException e) {
            return 0;
        }
    }

    /** The workspace the app and the CLI use when none is named: {@code Crosscheck/workspace} in the home folder. */
    public static Path defaultDirectory() {
        return Path.of(System.getProperty("user.home"), "Crosscheck", "workspace");
    }

    /** True when the folder already holds a workspace database. */
    public static boolean exists(Path directory) {
        return Files.exists(directory.resolve(DB_NAME + ".mv.db"));
    }

    /** True when the folder holds a password-protected (encrypted) workspace. */
    public static boolean isEncrypted(Path directory) {
        return Files.exists(directory.resolve(ENCRYPTED_MARKER));
    }

    /** Opens (creating if needed) the workspace in {@code directory} and brings its schema up to date. */
    public static Workspace open(Path directory) {
        return open(directory, null);
    }

    /**
     * Opens the workspace in {@code directory} with its password, or creates it, encrypted, when the folder holds
     * none yet. {@code password} null or empty means no password. The array is not kept or changed.
     *
     * @throws WorkspacePasswordException when the workspace is protected and the password is missing or wrong
     */
    public static Workspace open(Path directory, char[] password) {
        Path dir = directory.toAbsolutePath().normalize();
        boolean withPassword = password != null && password.length > 0;
        try {
            Files.createDirectories(dir);
        } catch (java.io.IOException e) {
            throw new WorkbenchException("Cannot create the workspace folder " + dir + ": " + e.getMessage()
                    + ". Choose a folder you can write to.", e);
        }
        boolean existed = exists(dir);
        boolean encrypted = isEncrypted(dir);
        if (encrypted && !withPassword) {
            throw new WorkspacePasswordException(dir, false, "The workspace " + dir + " is protected by a password. "
                    + "Enter its password to open it.", null);
        }
        if (existed && !encrypted && withPassword) {
            throw new WorkbenchException("The workspace " + dir + " is not protected by a password; open it "
                    + "without one. (A password can only be set when a workspace is created.)");
        }
        boolean creatingEncrypted = !existed && withPassword;
        if (creatingEncrypted) {
            writeMarker(dir);
        }
        // FILE_LOCK=FILE (H2's default) makes a second process fail fast instead of sharing the file.
        // AUTO_COMPACT_FILL_RATE=0 and REUSE_SPACE=FALSE: H2 neither moves chunks while the workspace is open nor
        // writes new ones into freed space. With either, entries saved (and synced) on a linked workspace that had
        // sat idle were lost when the process was then killed, and the next open found the file corrupt
        // (KilledAfterEditsTest). New chunks are appended instead; close() compacts a file that grew a lot. See
        // decision record 0006.
        String url = "jdbc:h2:file:" + dir.resolve(DB_NAME) + ";FILE_LOCK=FILE;DB_CLOSE_ON_EXIT=FALSE"
                + ";AUTO_COMPACT_FILL_RATE=0;REUSE_SPACE=FALSE"
                // an encrypted workspace keeps no trace file: H2 writes failing SQL, values and all, into it
                + (withPassword ? ";CIPHER=AES;TRACE_LEVEL_FILE=0" : "");
        org.h2.jdbcx.JdbcDataSource source = new org.h2.jdbcx.JdbcDataSource();
        source.setURL(url);
        source.setUser("sa");
        source.setPasswordChars(withPassword ? h2Passwords(password) : new char[0]);
        JdbcConnectionPool pool = JdbcConnectionPool.create(source);
        pool.setMaxConnections(8);
        try {
            try {
                pool.getConnection().close();
            } catch (SQLException e) {
                if (creatingEncrypted && !exists(dir)) {
                    deleteMarker(dir);
                }
                throw e;
            }
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

    /**
     * H2's password for an encrypted file: "filePassword userPassword". The user's password is given to both as
     * the hex of its UTF-8 bytes, because H2 splits the two at the first space and a passphrase may have spaces.
     */
    private static char[] h2Passwords(char[] password) {
        java.nio.ByteBuffer bytes = java.nio.charset.StandardCharsets.UTF_8.encode(java.nio.CharBuffer.wrap(password));
        char[] hex = new char[bytes.remaining() * 2];
        for (int i = 0; bytes.hasRemaining(); i += 2) {
            int b = bytes.get() & 0xff;
            hex[i] = Character.forDigit(b >> 4, 16);
            hex[i + 1] = Character.forDigit(b & 0xf, 16);
        }
        char[] both = new char[hex.length * 2 + 1];
        System.arraycopy(hex, 0, both, 0, hex.length);
        both[hex.length] = ' ';
        System.arraycopy(hex, 0, both, hex.length + 1, hex.length);
        java.util.Arrays.fill(hex, '0');
        return both;
    }

    private static void writeMarker(Path dir) {
        try {
            Files.writeString(dir.resolve(ENCRYPTED_MARKER), "This Crosscheck workspace is encrypted (H2 CIPHER=AES). "
                    + "It can only be opened with its password.\n");
        } catch (java.io.IOException e) {
            throw new WorkbenchException("Cannot write in the workspace folder " + dir + ": " + e.getMessage()
                    + ". Choose a folder you can write to.", e);
        }
    }

    private static void deleteMarker(Path dir) {
        try {
            Files.deleteIfExists(dir.resolve(ENCRYPTED_MARKER));
        } catch (java.io.IOException e) {
            LOG.warn("Could not remove the encryption marker of a workspace that was not created in {}", dir, e);
        }
    }

    private static WorkbenchException translate(Path dir, SQLException e) {
        if (e.getErrorCode() == ErrorCode.FILE_ENCRYPTION_ERROR_1 || e.getErrorCode() == ErrorCode.WRONG_USER_OR_PASSWORD
                || e.getErrorCode() == ErrorCode.WRONG_PASSWORD_FORMAT) {
            if (isEncrypted(dir)) {
                return new WorkspacePasswordException(dir, true, "The password for the workspace " + dir
                        + " is not right. Check it (capital letters count) and try again.", e);
            }
            return new WorkbenchException("The workspace file in " + dir + " cannot be opened: it may be protected "
                    + "by a password but its marker file " + ENCRYPTED_MARKER + " is missing. Put that file back "
                    + "(any content) and open it again with its password.", e);
        }
        if (e.getErrorCode() == ErrorCode.DATABASE_ALREADY_OPEN_1) {
            return new WorkbenchException("The workspace " + dir + " is open in another Crosscheck window or program. "
                    + "Close it there, then try again.", e);
        }
        if (e.getErrorCode() == ErrorCode.FILE_CORRUPTED_1 || e.getErrorCode() == ErrorCode.FILE_VERSION_ERROR_1) {
            return new WorkbenchException("The workspace file in " + dir + " cannot be read (" + e.getMessage()
                    + "). If it is protected by a password, its marker file " + ENCRYPTED_MARKER + " is missing: "
                    + "put it back and open the workspace with its password. Otherwise restore it from a backup or "
                    + "open another workspace.", e);
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

    public SharingRepository sharing() {
        return new SharingRepository(dsl);
    }

    public RecordRepository records() {
        return new RecordRepository(dsl);
    }

    @Override
    /**
     * Closes the workspace; safe to call twice and from the shutdown hook. New data is always appended to the file
     * (REUSE_SPACE=FALSE, see {@link #open}), so a file that has grown since it was opened is rewritten compact
     * here, where nothing else is writing.
     */
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        long size = fileSize();
        if (size > COMPACT_FROM_BYTES && size - bytesAtOpen > COMPACT_FROM_BYTES / 4) {
            try {
                long started = System.nanoTime();
                dsl.execute("SHUTDOWN COMPACT");
                LOG.info("Compacted workspace {} from {} to {} bytes in {} ms", directory, size, fileSize(),
                        (System.nanoTime() - started) / 1_000_000);
            } catch (org.jooq.exception.DataAccessException e) {
                // the data is safe as it is; only the file stays larger than it need be
                LOG.warn("Could not compact workspace {}: {}", directory, e.getMessage());
            }
        }
        pool.dispose();
        LOG.info("Closed workspace {}", directory);
    }
}
