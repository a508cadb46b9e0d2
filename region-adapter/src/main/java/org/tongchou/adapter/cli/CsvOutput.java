package org.tongchou.adapter.cli;

import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.regex.Pattern;
import org.tongchou.adapter.hub.CsvTarget;

/**
 * Where {@code export} writes: {@code -} standard output; a directory, or nothing (the working
 * directory), the hub's file name in it; anything else that file. A file is written under a
 * temporary name beside it and moved into place once the whole stream has arrived, so that a failed
 * export never leaves a truncated file that looks complete.
 */
final class CsvOutput implements CsvTarget {

  // The hub's names are like scorecards-320000-2026-Q1.csv; nothing else may pick a path here.
  private static final Pattern PLAIN_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");

  private final String option;
  private final OutputStream stdout;
  private Path target;
  private Path partial;

  /**
   * @param option the {@code --output} value, or null
   * @param stdout standard output, for {@code -}; flushed, never closed
   */
  CsvOutput(String option, OutputStream stdout) {
    this.option = option;
    this.stdout = stdout;
  }

  boolean toStdout() {
    return "-".equals(option);
  }

  @Override
  public OutputStream open(String fileName) throws IOException {
    if (toStdout()) {
      return new FilterOutputStream(stdout) {
        @Override
        public void write(byte[] b, int off, int len) throws IOException {
          out.write(b, off, len); // FilterOutputStream would write byte by byte
        }

        @Override
        public void close() throws IOException {
          flush();
        }
      };
    }
    target = resolve(fileName);
    Path folder = target.toAbsolutePath().getParent();
    partial = Files.createTempFile(folder, "." + target.getFileName(), ".part");
    return new BufferedOutputStream(Files.newOutputStream(partial));
  }

  /** Puts the file in place once the stream ended well; returns it, or null for standard output. */
  Path finish() throws IOException {
    if (partial == null) {
      return null;
    }
    Files.move(
        partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    return target;
  }

  /** Removes what a failed export wrote. */
  void discard() {
    try {
      if (partial != null) {
        Files.deleteIfExists(partial);
      }
    } catch (IOException e) {
      // Nothing more to do: the name says .part, and the command already reports the failure.
    }
  }

  private Path resolve(String fileName) throws IOException {
    if (option != null && !Files.isDirectory(Path.of(option))) {
      return Path.of(option);
    }
    if (!PLAIN_NAME.matcher(fileName).matches()) {
      throw new IOException(
          "the hub suggested no usable file name ('" + fileName + "'): give --output FILE");
    }
    return option == null ? Path.of(fileName) : Path.of(option).resolve(fileName);
  }
}
