package org.epistola.ingest;

import java.io.IOException;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Checks that an input file can be opened for reading before a decoder tries, so that a file
 * without read permission is reported as such rather than as a damaged image or PDF.
 */
final class FileAccess {

  private FileAccess() {}

  /** Opens and closes {@code file}; fails with "cannot read FILE: REASON" when that fails. */
  static void checkReadable(Path file) throws IngestException {
    try (SeekableByteChannel channel = Files.newByteChannel(file)) {
      channel.size();
    } catch (AccessDeniedException e) {
      throw IngestException.unreadable(file, "permission denied", e);
    } catch (NoSuchFileException e) {
      throw IngestException.unreadable(file, "no such file (removed during the run?)", e);
    } catch (IOException e) {
      throw IngestException.unreadable(file, ImageFiles.reason(e), e);
    }
  }
}
