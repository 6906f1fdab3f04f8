package org.epistola.render;

import java.io.ByteArrayOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Removes the two clock readings FOP writes into a PDF even when its creation date is fixed
 * ({@code FOUserAgent.setCreationDate} covers Info and {@code xmp:CreateDate}/{@code ModifyDate}):
 * <ul>
 *   <li>{@code xmp:MetadataDate}, set to the time of rendering: rewritten to the creation date;
 *   <li>the file identifier {@code /ID} of the trailer, an MD5 digest of the clock to the
 *       millisecond: rewritten to the MD5 digest of everything before the trailer.
 * </ul>
 * Both keep their length, so no offset in the file moves. The PDF streams through; only the
 * metadata date and the final trailer are held back for a moment.
 */
final class ReproduciblePdf extends FilterOutputStream {

    private static final byte[] TRAILER = ascii("trailer");
    private static final byte[] METADATA_DATE = ascii("<xmp:MetadataDate>");
    private static final Pattern ID = Pattern.compile("/ID\\s*\\[\\s*<([0-9A-Fa-f]{32})>\\s*<([0-9A-Fa-f]{32})>\\s*\\]");
    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'");
    private static final DateTimeFormatter OFFSET = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssxxx");

    private enum State { PASSING, IN_METADATA_DATE, IN_TRAILER }

    private final Optional<Instant> creationDate;
    private final MessageDigest digest;
    private final byte[] window = new byte[METADATA_DATE.length];
    private final ByteArrayOutputStream held = new ByteArrayOutputStream();
    private State state = State.PASSING;
    private boolean closed;

    /** @param creationDate the date for {@code xmp:MetadataDate}; absent: left as FOP wrote it */
    ReproduciblePdf(OutputStream out, Optional<Instant> creationDate) {
        super(out);
        this.creationDate = creationDate;
        try {
            digest = MessageDigest.getInstance("MD5");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("this Java runtime has no MD5 digest", e);
        }
    }

    @Override
    public void write(byte[] bytes, int offset, int length) throws IOException {
        for (int i = offset; i < offset + length; i++) {
            write(bytes[i]);
        }
    }

    @Override
    public void write(int b) throws IOException {
        switch (state) {
            case PASSING -> {
                pass(b);
                see(b);
                if (seen(TRAILER)) {
                    state = State.IN_TRAILER;
                } else if (creationDate.isPresent() && seen(METADATA_DATE)) {
                    state = State.IN_METADATA_DATE;
                }
            }
            case IN_METADATA_DATE -> {
                if (b == '<') {
                    byte[] date = metadataDate(held.toString(StandardCharsets.US_ASCII)).getBytes(StandardCharsets.US_ASCII);
                    held.reset();
                    for (byte d : date) {
                        pass(d);
                    }
                    pass(b);
                    see(b);
                    state = State.PASSING;
                } else {
                    held.write(b);
                }
            }
            case IN_TRAILER -> {
                held.write(b);
                see(b);
                if (seen(TRAILER)) {
                    // A later trailer keyword: what was held was not the final trailer.
                    byte[] earlier = held.toByteArray();
                    held.reset();
                    for (byte e : earlier) {
                        pass(e);
                    }
                }
            }
        }
    }

    /** The creation date in the form of FOP's {@code value}, so that its length stays. */
    private String metadataDate(String value) {
        Instant date = creationDate.orElseThrow();
        String rewritten = value.endsWith("Z")
                ? UTC.format(date.atOffset(ZoneOffset.UTC))
                : OFFSET.format(date.atZone(ZoneId.systemDefault()));
        return rewritten.length() == value.length() ? rewritten : value;
    }

    private void pass(int b) throws IOException {
        digest.update((byte) b);
        out.write(b);
    }

    private void see(int b) {
        System.arraycopy(window, 1, window, 0, window.length - 1);
        window[window.length - 1] = (byte) b;
    }

    private boolean seen(byte[] marker) {
        return Arrays.equals(window, window.length - marker.length, window.length, marker, 0, marker.length);
    }

    /** Writes the held trailer with the new identifiers; the underlying stream stays open. */
    @Override
    public void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        String trailer = held.toString(StandardCharsets.ISO_8859_1);
        Matcher id = ID.matcher(trailer);
        if (state == State.IN_TRAILER && id.find()) {
            String value = HexFormat.of().withUpperCase().formatHex(digest.digest());
            trailer = trailer.substring(0, id.start(1)) + value + trailer.substring(id.end(1), id.start(2))
                    + value + trailer.substring(id.end(2));
        }
        out.write(trailer.getBytes(StandardCharsets.ISO_8859_1));
        out.flush();
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }
}
