package org.tongchou.workload.simulate;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Reads a UTF-8 text file shipped in the adapter's jar. Missing or unreadable, the jar is broken,
 * not the user's input: an unchecked exception, never a usage error.
 */
final class ShippedResource {

  /** What is made of the file's lines. */
  interface Reading<T> {
    T from(BufferedReader reader) throws IOException;
  }

  private ShippedResource() {}

  /**
   * {@code resource} is an absolute classpath path, e.g. {@code
   * /org/tongchou/workload/simulate/regions.csv}.
   */
  static <T> T read(String resource, Reading<T> reading) {
    InputStream in = ShippedResource.class.getResourceAsStream(resource);
    if (in == null) {
      throw new IllegalStateException(resource + " is missing from the classpath");
    }
    try (BufferedReader reader =
        new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      return reading.from(reader);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
