package org.crosscheck.ingest.read;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Works out how a text file is encoded. A byte-order mark settles it; otherwise a file that is valid UTF-8
 * throughout is UTF-8, and anything else is taken as Windows-1252, which is what Excel on a UK PC saves as "CSV".
 */
public record TextEncoding(Charset charset, int bomLength) {
    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    public static TextEncoding detect(Path file) throws IOException {
        byte[] head = new byte[3];
        int n;
        try (InputStream in = Files.newInputStream(file)) {
            n = in.readNBytes(head, 0, 3);
        }
        if (n >= 3 && (head[0] & 0xff) == 0xEF && (head[1] & 0xff) == 0xBB && (head[2] & 0xff) == 0xBF) {
            return new TextEncoding(StandardCharsets.UTF_8, 3);
        }
        if (n >= 2 && (head[0] & 0xff) == 0xFF && (head[1] & 0xff) == 0xFE) {
            return new TextEncoding(StandardCharsets.UTF_16LE, 2);
        }
        if (n >= 2 && (head[0] & 0xff) == 0xFE && (head[1] & 0xff) == 0xFF) {
            return new TextEncoding(StandardCharsets.UTF_16BE, 2);
        }
        return new TextEncoding(isValidUtf8(file) ? StandardCharsets.UTF_8 : WINDOWS_1252, 0);
    }

    private static boolean isValidUtf8(Path file) throws IOException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.allocate(64 * 1024);
        CharBuffer out = CharBuffer.allocate(64 * 1024);
        try (InputStream stream = new BufferedInputStream(Files.newInputStream(file))) {
            byte[] chunk = new byte[32 * 1024];
            int read;
            while ((read = stream.read(chunk)) > 0) {
                in.put(chunk, 0, read);
                in.flip();
                CoderResult result = decoder.decode(in, out, false);
                if (result.isError()) {
                    return false;
                }
                in.compact();
                out.clear();
            }
            in.flip();
            CoderResult end = decoder.decode(in, out, true);
            return !end.isError() && !in.hasRemaining();
        } catch (CharacterCodingException e) {
            return false;
        }
    }
}
