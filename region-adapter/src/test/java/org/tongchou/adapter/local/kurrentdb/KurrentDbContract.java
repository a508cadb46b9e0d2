package org.tongchou.adapter.local.kurrentdb;

import io.kurrent.dbclient.EventDataBuilder;
import io.kurrent.dbclient.KurrentDBClient;
import io.kurrent.dbclient.ReadStreamOptions;
import io.kurrent.dbclient.StreamNotFoundException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.tongchou.adapter.config.AdapterConfig;
import org.tongchou.adapter.local.RegionStore;
import org.tongchou.adapter.local.RegionStoreContract;

/** The store contract on a KurrentDB the subclass names: fresh streams for every test. */
abstract class KurrentDbContract extends RegionStoreContract {

  protected AdapterConfig.KurrentDb config;
  private KurrentDBClient region;

  protected abstract String connectionString();

  @Override
  protected RegionStore freshStore() {
    String suffix = UUID.randomUUID().toString().substring(0, 8);
    config =
        new AdapterConfig.KurrentDb(
            connectionString(),
            null,
            true,
            "wuxi_outbox-" + suffix,
            "tongchou-outcomes-" + suffix,
            "tongchou-inbox-" + suffix);
    region = KurrentDBClient.create(KurrentDbStore.settings(config));
    return KurrentDbStore.connect(config);
  }

  @Override
  protected void regionWrites(List<String> facts) throws Exception {
    for (String fact : facts) {
      region
          .appendToStream(
              config.outboxStream(),
              EventDataBuilder.json("ArrivalRegistered", fact.getBytes(StandardCharsets.UTF_8))
                  .build())
          .get(30, TimeUnit.SECONDS);
    }
  }

  @Override
  protected List<Long> inboxPositions() throws Exception {
    try {
      return region
          .readStream(config.inboxStream(), ReadStreamOptions.get().fromStart().maxCount(10_000))
          .get(30, TimeUnit.SECONDS)
          .getEvents()
          .stream()
          .map(e -> InboxEvents.feedPosition(e.getEvent()))
          .toList();
    } catch (ExecutionException e) {
      if (e.getCause() instanceof StreamNotFoundException) {
        return List.of();
      }
      throw e;
    }
  }

  @Override
  protected void dropStore() {
    region.shutdown();
  }
}
