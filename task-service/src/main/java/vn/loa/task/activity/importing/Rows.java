package vn.loa.task.activity.importing;

import java.io.IOException;
import java.util.List;

/**
 * The rows of an import file, header first, read one at a time so a large file is never all in
 * memory.
 */
interface Rows extends AutoCloseable {

  /** The next row's cells, or {@code null} at the end. */
  List<String> next() throws IOException;

  @Override
  void close() throws IOException;
}
