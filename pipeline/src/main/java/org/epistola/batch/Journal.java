package org.epistola.batch;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import org.epistola.ingest.DocumentInput;
import org.epistola.io.AtomicFile;

/**
 * Remembers, per document, what its outputs were made from: a digest of its input files, the
 * options and the pipeline version. A re-run skips documents whose entry still matches and whose
 * outputs are all there; an entry is written only after the document's outputs are complete, so
 * a run killed at any moment is finished by running it again.
 */
final class Journal {

  /** One document's entry. */
  record Entry(String fingerprint, DocumentReport report) {}

  private final Path dir;
  private final OutputLayout layout;
  private final String options;

  Journal(OutputLayout layout, String options) {
    this.layout = layout;
    this.dir = layout.root().resolve("journal");
    this.options = Versions.pipeline() + "|" + options;
  }

  /** The report of the document's last run, if nothing it depends on has changed since. */
  Optional<DocumentReport> upToDate(DocumentInput input) {
    Path file = entryFile(input);
    if (!Files.isRegularFile(file)) {
      return Optional.empty();
    }
    try {
      Entry entry = Json.MAPPER.readValue(file.toFile(), Entry.class);
      boolean done = entry.report().outputs() != null && entry.report().status() != Status.FAILED
          && entry.report().outputs().values().stream().allMatch(out -> Files.isRegularFile(layout.root().resolve(out)));
      return done && entry.fingerprint().equals(fingerprint(input)) ? Optional.of(entry.report()) : Optional.empty();
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  /**
   * Records the document's outcome. A document whose inputs cannot be read (its report says so)
   * gets no entry, and loses any old one: there is nothing to compare a re-run against.
   */
  void record(DocumentInput input, DocumentReport report) throws IOException {
    String fingerprint;
    try {
      fingerprint = fingerprint(input);
    } catch (IOException unreadableInput) {
      Files.deleteIfExists(entryFile(input));
      return;
    }
    Entry entry = new Entry(fingerprint, report);
    AtomicFile.write(entryFile(input), out -> Json.MAPPER.writeValue(out, entry));
  }

  private Path entryFile(DocumentInput input) {
    return dir.resolve(input.id() + ".json");
  }

  private String fingerprint(DocumentInput input) throws IOException {
    MessageDigest digest = sha256();
    digest.update(options.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    for (Path file : input.files()) {
      digest.update(file.toAbsolutePath().toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
      try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
        in.transferTo(java.io.OutputStream.nullOutputStream());
      }
    }
    return HexFormat.of().formatHex(digest.digest());
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JDK lacks SHA-256", e);
    }
  }
}
