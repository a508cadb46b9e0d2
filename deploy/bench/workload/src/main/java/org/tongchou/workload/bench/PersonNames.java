package org.tongchou.workload.bench;

import java.util.Random;

/**
 * Plausible Chinese full names for synthetic persons: a common surname and one or two given
 * characters.
 */
public final class PersonNames {

  private static final String SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗";
  private static final String GIVEN = "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超兰霞平刚桂";

  private PersonNames() {}

  /** Draws a name; the same random state draws the same name. */
  public static String draw(Random random) {
    StringBuilder name =
        new StringBuilder().append(SURNAMES.charAt(random.nextInt(SURNAMES.length())));
    int given = 1 + random.nextInt(2);
    for (int i = 0; i < given; i++) {
      name.append(GIVEN.charAt(random.nextInt(GIVEN.length())));
    }
    return name.toString();
  }
}
