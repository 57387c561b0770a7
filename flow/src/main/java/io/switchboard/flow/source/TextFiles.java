package io.switchboard.flow.source;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Reads definition and contract files as UTF-8 text, within a size limit checked before reading. A failure is an
 * {@link IOException} whose message says what is wrong in words (not found, a folder, too large, not UTF-8 at
 * byte N); callers put the file's name in front.
 */
public final class TextFiles {

    /** The largest contract, flow or mapping file read (GitHub's OpenAPI description is 13 MB as JSON). */
    public static final long MAX_BYTES = 64L * 1024 * 1024;

    /** The largest payload {@code switchboard map} reads (the runtime takes 1 MB bodies by default). */
    public static final long MAX_PAYLOAD_BYTES = 16L * 1024 * 1024;

    private TextFiles() {
    }

    public static String read(Path file) throws IOException {
        return read(file, MAX_BYTES);
    }

    public static String read(Path file, long maxBytes) throws IOException {
        return decode(bytes(file, maxBytes));
    }

    /** A file's bytes within a size limit checked before reading, with the same sentences as {@link #read}. */
    public static byte[] bytes(Path file, long maxBytes) throws IOException {
        if (Files.isDirectory(file)) {
            throw new IOException("is a folder, not a file");
        }
        try {
            long size = Files.size(file);
            if (size > maxBytes) {
                throw new IOException(String.format(Locale.ROOT, "is %,d bytes, more than the limit of %,d bytes",
                        size, maxBytes));
            }
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new IOException("not found");
        } catch (AccessDeniedException e) {
            throw new IOException("permission denied");
        }
    }

    /** UTF-8 text, or an error naming the first byte that is not (a leading byte order mark is dropped). */
    public static String decode(byte[] bytes) throws IOException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            int at = in.position();
            throw new IOException(String.format(Locale.ROOT, "not UTF-8 text: byte 0x%02X at offset %,d",
                    bytes[at] & 0xff, at));
        }
        try {
            result = decoder.flush(out);
            if (result.isError()) {
                result.throwException();
            }
        } catch (CharacterCodingException e) {
            throw new IOException("not UTF-8 text: it ends inside a character");
        }
        out.flip();
        String text = out.toString();
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }
}
