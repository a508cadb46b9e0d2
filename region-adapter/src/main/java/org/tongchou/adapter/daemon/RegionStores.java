package org.tongchou.adapter.daemon;

import org.tongchou.adapter.config.AdapterConfig;
import org.tongchou.adapter.local.PostgresStore;
import org.tongchou.adapter.local.RegionStore;
import org.tongchou.adapter.local.kurrentdb.KurrentDbStore;

/** The store that {@code local.store} names. */
public final class RegionStores {

  private RegionStores() {}

  /**
   * @param readOnly for {@code status}: creates nothing
   */
  public static RegionStore open(AdapterConfig config, boolean readOnly) {
    if (config.kurrentDb() != null) {
      return KurrentDbStore.connect(config.kurrentDb());
    }
    return readOnly ? PostgresStore.readOnly(config.localDb()) : PostgresStore.of(config.localDb());
  }
}
