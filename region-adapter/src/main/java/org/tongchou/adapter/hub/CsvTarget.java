package org.tongchou.adapter.hub;

import java.io.IOException;
import java.io.OutputStream;

/** Where an exported CSV file goes, decided once the hub's first chunk has named it. */
@FunctionalInterface
public interface CsvTarget {

  /**
   * Opens the stream the file's bytes are written to, exactly as they arrive; closed by the caller.
   *
   * @param fileName the name the hub suggests, e.g. {@code scorecards-320000-2026-Q1.csv}
   */
  OutputStream open(String fileName) throws IOException;
}
