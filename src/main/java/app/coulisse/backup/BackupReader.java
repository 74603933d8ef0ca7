package app.coulisse.backup;

import java.io.Closeable;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads an archive and checks it as it goes: the manifest's format and each table file's digest and row count. Every
 * byte is read once per pass and the uncompressed total is capped, so a hostile archive costs time linear in what it
 * is allowed to hold. A damaged archive throws {@link Damaged}.
 */
final class BackupReader implements Closeable {

    /** No real series comes near this; a ZIP bomb stops here. */
    static final long MAX_UNCOMPRESSED_BYTES = 2L * 1024 * 1024 * 1024;
    private static final long MAX_MANIFEST_BYTES = 1024 * 1024;

    /** The archive is not one this app wrote, or it changed since. */
    static final class Damaged extends Exception {
        Damaged(String why) {
            super(why);
        }
    }

    /** What a table's file holds, row by row. */
    interface Rows {
        void header(List<String> columns) throws Damaged;

        void row(List<?> values) throws Exception;
    }

    private static final Rows CHECK_ONLY = new Rows() {
        @Override
        public void header(List<String> columns) {
            // Nothing to do: the read itself checks the file.
        }

        @Override
        public void row(List<?> values) {
            // Nothing to do: the read itself checks the file.
        }
    };

    private final ZipFile zip;
    private final JsonMapper json;
    private final BackupArchive manifest;
    private long budget = MAX_UNCOMPRESSED_BYTES;

    private BackupReader(ZipFile zip, JsonMapper json) throws Damaged {
        this.zip = zip;
        this.json = json;
        this.manifest = readManifest();
    }

    static BackupReader open(Path file, JsonMapper json) throws Damaged {
        try {
            return new BackupReader(new ZipFile(file.toFile()), json);
        } catch (IOException notAZip) {
            throw new Damaged("not a ZIP archive: " + notAZip.getMessage());
        }
    }

    BackupArchive manifest() {
        return manifest;
    }

    /** Reads one table's file through, checking its rows and digest only. */
    void check(BackupArchive.TableEntry table) throws Exception {
        read(table, CHECK_ONLY);
    }

    /** Reads one table's file, handing its header and rows on; throws when its rows or digest disagree. */
    void read(BackupArchive.TableEntry table, Rows rows) throws Exception {
        ZipEntry entry = zip.getEntry(BackupArchive.entryName(table.name()));
        if (entry == null) {
            throw new Damaged("no file for table " + table.name());
        }
        MessageDigest sha256 = sha256();
        long count = -1;
        // A parser over the root-level arrays, one per line (readValues would take the first one as a wrapper); it
        // reads to the end of the file, so the digest covers every byte.
        try (InputStream in = new DigestInputStream(new Capped(zip.getInputStream(entry)), sha256);
             JsonParser values = json.createParser(in)) {
            for (JsonToken token = values.nextToken(); token != null; token = values.nextToken()) {
                if (token != JsonToken.START_ARRAY) {
                    throw new Damaged("table " + table.name() + " holds something other than rows");
                }
                List<?> value = json.readValue(values, List.class);
                if (count < 0) {
                    rows.header(value.stream().map(String::valueOf).toList());
                } else {
                    rows.row(value);
                }
                count++;
            }
        } catch (JacksonException | IOException unreadable) {
            throw new Damaged("table " + table.name() + " cannot be read: " + unreadable.getMessage());
        }
        if (count != table.rows()) {
            throw new Damaged("table " + table.name() + " holds " + Math.max(count, 0) + " rows, not " + table.rows());
        }
        if (!HexFormat.of().formatHex(sha256.digest()).equals(table.sha256())) {
            throw new Damaged("table " + table.name() + " changed since the archive was made");
        }
    }

    private BackupArchive readManifest() throws Damaged {
        ZipEntry entry = zip.getEntry(BackupArchive.MANIFEST);
        if (entry == null) {
            throw new Damaged("no manifest");
        }
        try (InputStream in = zip.getInputStream(entry)) {
            byte[] bytes = in.readNBytes((int) MAX_MANIFEST_BYTES + 1);
            if (bytes.length > MAX_MANIFEST_BYTES) {
                throw new Damaged("manifest too large");
            }
            BackupArchive manifest = json.readValue(bytes, BackupArchive.class);
            if (!BackupArchive.FORMAT.equals(manifest.format()) || manifest.tables() == null) {
                throw new Damaged("not a Coulisse backup");
            }
            return manifest;
        } catch (JacksonException | IOException unreadable) {
            throw new Damaged("manifest cannot be read: " + unreadable.getMessage());
        }
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException everyJavaHasIt) {
            throw new IllegalStateException(everyJavaHasIt);
        }
    }

    @Override
    public void close() throws IOException {
        zip.close();
    }

    /** Counts every byte read from the archive against its budget. */
    private final class Capped extends FilterInputStream {
        Capped(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            spend(b < 0 ? 0 : 1);
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int read = super.read(buffer, offset, length);
            spend(Math.max(read, 0));
            return read;
        }

        private void spend(int bytes) throws IOException {
            budget -= bytes;
            if (budget < 0) {
                throw new IOException("more than " + MAX_UNCOMPRESSED_BYTES + " bytes uncompressed");
            }
        }
    }
}
