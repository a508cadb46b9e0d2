package org.tongchou.hub.workbench.app;

import java.util.ArrayList;
import java.util.List;

/**
 * The lines of two texts, each marked as kept, removed (only left) or added (only right): a longest
 * common subsequence of lines, enough for policy documents of a few hundred lines.
 */
public final class LineDiff {

  /** How a line stands between the two texts. */
  public enum Mark {
    SAME,
    REMOVED,
    ADDED
  }

  /** One line of the diff. */
  public record Line(Mark mark, String text) {
    /** {@code " "}, {@code "-"} or {@code "+"}, as a unified diff prints it. */
    public String sign() {
      return switch (mark) {
        case SAME -> " ";
        case REMOVED -> "-";
        case ADDED -> "+";
      };
    }
  }

  private LineDiff() {}

  /** The diff of {@code left} to {@code right}, line by line. */
  public static List<Line> of(String left, String right) {
    String[] a = left.split("\n", -1);
    String[] b = right.split("\n", -1);
    int[][] common = new int[a.length + 1][b.length + 1];
    for (int i = a.length - 1; i >= 0; i--) {
      for (int j = b.length - 1; j >= 0; j--) {
        common[i][j] =
            a[i].equals(b[j])
                ? common[i + 1][j + 1] + 1
                : Math.max(common[i + 1][j], common[i][j + 1]);
      }
    }
    List<Line> lines = new ArrayList<>();
    int i = 0;
    int j = 0;
    while (i < a.length && j < b.length) {
      if (a[i].equals(b[j])) {
        lines.add(new Line(Mark.SAME, a[i]));
        i++;
        j++;
      } else if (common[i + 1][j] >= common[i][j + 1]) {
        lines.add(new Line(Mark.REMOVED, a[i++]));
      } else {
        lines.add(new Line(Mark.ADDED, b[j++]));
      }
    }
    while (i < a.length) {
      lines.add(new Line(Mark.REMOVED, a[i++]));
    }
    while (j < b.length) {
      lines.add(new Line(Mark.ADDED, b[j++]));
    }
    return lines;
  }
}
