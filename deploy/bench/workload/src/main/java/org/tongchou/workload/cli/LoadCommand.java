package org.tongchou.workload.cli;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;
import org.tongchou.adapter.cli.ExitCodes;
import org.tongchou.adapter.cli.HubOptions;
import org.tongchou.adapter.facts.MappedFact;
import org.tongchou.adapter.hub.FeedSettings;
import org.tongchou.adapter.hub.FeedSubscriber;
import org.tongchou.adapter.hub.HubClient;
import org.tongchou.adapter.hub.ReconnectPolicy;
import org.tongchou.adapter.hub.SteadyPush;
import org.tongchou.workload.bench.BenchFactGenerator;
import org.tongchou.workload.bench.BenchSpec;
import org.tongchou.workload.bench.FeedArrivals;
import org.tongchou.workload.bench.LatencyStats;
import org.tongchou.workload.bench.LoadCredentials;
import org.tongchou.workload.bench.MissingDeliveries;
import org.tongchou.workload.simulate.Divisions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code load}: many regions pushing and many feeds open at once against one or several hub nodes
 * (issue #16, "Load"). Each of --regions counties gets a pushing credential and --subscriptions /
 * --regions feed credentials (the hub limits feeds per credential), all issued over the hub's RPC
 * with a national office's token. Every feed of a county reads that county's arrivals; latency is
 * each delivery's arrival here minus the fact's receipt time, over all feeds.
 */
@Command(
    name = "load",
    mixinStandardHelpOptions = true,
    description =
        "Holds --subscriptions feeds open and --regions regions pushing new persons' arrivals at --rate facts/s in"
            + " all for --seconds, against the hub nodes of --hub (round_robin over a list). --token-file holds a"
            + " national office's token: the regions' credentials are issued with it. Prints the feeds' delivery"
            + " latency (p50/p99/max over every delivery to every feed), what was missing, and every error by status."
            + " Run it on the hub's machine: latency compares this machine's clock with the hub's.",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:measured; every accepted fact reached every feed of its county",
      "1:facts were refused, feeds failed or deliveries were missing",
      "2:hub unreachable, credential refused, bad usage"
    })
final class LoadCommand implements java.util.concurrent.Callable<Integer> {

  private static final FeedSettings FEED =
      new FeedSettings(1_000, Duration.ofSeconds(2), ReconnectPolicy.DEFAULT);

  @Spec CommandSpec spec;
  @Mixin HubOptions hub;

  @Option(names = "--regions", defaultValue = "50", description = "Pushing counties (default 50).")
  int regions;

  @Option(
      names = "--subscriptions",
      defaultValue = "500",
      description = "Feeds held open in all, spread over the counties (default 500).")
  int subscriptions;

  @Option(
      names = "--rate",
      defaultValue = "50",
      description = "Facts per second over all regions (default 50).")
  double rate;

  @Option(
      names = "--seconds",
      defaultValue = "600",
      description = "How long to push (default 600).")
  int seconds;

  @Option(
      names = "--grace",
      defaultValue = "60",
      description = "How long after the push to wait for deliveries (default 60).")
  int graceSeconds;

  @Override
  public Integer call() throws Exception {
    if (regions < 1 || subscriptions < regions || !(rate > 0) || seconds < 1) {
      throw new ParameterException(
          spec.commandLine(),
          "need --regions >= 1, --subscriptions >= --regions, --rate > 0 and --seconds >= 1");
    }
    String runId = BenchStreams.runId();
    List<String> counties = counties(regions);
    int perRegion = Math.max(1, (int) Math.round(rate / regions * seconds));
    var out = spec.commandLine().getOut();
    out.printf(
        "Load run %s: %d regions, %d feeds, %s facts/s for %d s (%d arrivals per region)%n",
        runId, regions, subscriptions, rate, seconds, perRegion);
    String nationalOffice = hub.token();
    List<Region> all = new ArrayList<>();
    try (LoadCredentials issuer = new LoadCredentials(hub.address.split(",")[0], nationalOffice)) {
      for (int r = 0; r < regions; r++) {
        String county = counties.get(r);
        int feeds = subscriptions / regions + (r < subscriptions % regions ? 1 : 0);
        List<String> feedTokens = new ArrayList<>();
        for (int f = 0; f < feeds; f++) {
          feedTokens.add(issuer.regionToken(county, "load-" + runId + "-" + county + "-feed-" + f));
        }
        String pushToken = issuer.regionToken(county, "load-" + runId + "-" + county + "-push");
        all.add(new Region(county, pushToken, feedTokens, facts(runId, county, perRegion)));
      }
    }
    out.printf("Issued %d credentials; opening the feeds.%n", regions + subscriptions);
    for (Region region : all) {
      region.open(hub.address);
    }
    for (Region region : all) {
      region.awaitCaughtUp();
    }
    out.printf("Every feed reached its end; pushing.%n");
    ExecutorService pushers = Executors.newFixedThreadPool(regions);
    List<Future<SteadyPush.Result>> pushes = new ArrayList<>();
    for (Region region : all) {
      pushes.add(pushers.submit(() -> region.push(rate / regions)));
    }
    List<SteadyPush.Result> results = new ArrayList<>();
    for (Future<SteadyPush.Result> push : pushes) {
      results.add(push.get());
    }
    pushers.shutdown();
    List<Duration> latencies = new ArrayList<>();
    MissingDeliveries missing = MissingDeliveries.NONE;
    Map<String, Integer> errors = new TreeMap<>();
    for (int i = 0; i < all.size(); i++) {
      Region region = all.get(i);
      missing =
          missing.plus(
              region.collect(
                  results.get(i), Duration.ofSeconds(graceSeconds), latencies, hub.address));
      region.errors(results.get(i), errors);
      region.close();
    }
    return report(runId, results, latencies, missing, errors);
  }

  private int report(
      String runId,
      List<SteadyPush.Result> results,
      List<Duration> latencies,
      MissingDeliveries missing,
      Map<String, Integer> errors) {
    var out = spec.commandLine().getOut();
    int accepted = results.stream().mapToInt(r -> r.recordedAt().size()).sum();
    int refused = results.stream().mapToInt(r -> r.refusals().size()).sum();
    LatencyStats stats = LatencyStats.of(latencies);
    out.printf(
        "Accepted %d facts (%d refused); %d deliveries to %d feeds, %d missing.%n",
        accepted, refused, latencies.size(), subscriptions, missing.total());
    out.printf(
        "Missing after the grace: %d late (in the feed beyond what was delivered), %d skipped"
            + " (in the feed before what was delivered: lost by the feed), %d absent (not in the"
            + " feed at all).%n",
        missing.late(), missing.skipped(), missing.absent());
    out.printf(
        "Feed latency ms: p50 %.1f, p90 %.1f, p99 %.1f, max %.1f%n",
        stats.p50(), stats.p90(), stats.p99(), stats.max());
    out.printf(
        "Errors: %s%n",
        errors.isEmpty()
            ? "none"
            : errors.entrySet().stream()
                .map(e -> e.getKey() + " x" + e.getValue())
                .collect(Collectors.joining(", ")));
    out.printf(
        "| %s | %s | %d | %d | %s | %d | %d | %d (%d lost) | %.1f | %.1f | %.1f | %s |%n",
        LocalDate.now(BenchCommand.HUB_ZONE),
        runId,
        regions,
        subscriptions,
        rate,
        seconds,
        accepted,
        missing.total(),
        missing.lost(),
        stats.p50(),
        stats.p99(),
        stats.max(),
        errors.isEmpty() ? "none" : errors.toString());
    return refused == 0 && missing.total() == 0 && errors.isEmpty()
        ? ExitCodes.OK
        : ExitCodes.REFUSED;
  }

  private static List<MappedFact> facts(String runId, String county, int count) {
    BenchSpec spec =
        new BenchSpec(
            runId,
            county,
            count,
            count,
            ThreadLocalRandom.current().nextLong(),
            LocalDate.now(BenchCommand.HUB_ZONE));
    return new BenchFactGenerator(spec).generate().stream().flatMap(List::stream).toList();
  }

  /** Counties spread over the provinces: the first of each, then the second of each, and so on. */
  static List<String> counties(int count) {
    Divisions divisions = Divisions.shipped();
    List<List<String>> byProvince = new ArrayList<>();
    for (int p = 11; p <= 65; p++) {
      String province = p + "0000";
      if (divisions.isProvince(province) && !divisions.countiesOf(province).isEmpty()) {
        byProvince.add(divisions.countiesOf(province));
      }
    }
    List<String> counties = new ArrayList<>();
    for (int i = 0; counties.size() < count; i++) {
      boolean any = false;
      for (List<String> list : byProvince) {
        if (i < list.size() && counties.size() < count) {
          counties.add(list.get(i));
          any = true;
        }
      }
      if (!any) {
        throw new IllegalArgumentException("only " + counties.size() + " counties are known");
      }
    }
    return counties;
  }

  /** One pushing county and the feeds that follow it. */
  private static final class Region {
    final String county;
    final String pushToken;
    final List<String> feedTokens;
    final List<MappedFact> facts;
    final List<HubClient> clients = new ArrayList<>();
    final List<FeedSubscriber> feeds = new ArrayList<>();
    final List<FeedArrivals> arrivals = new ArrayList<>();
    final List<CompletableFuture<Void>> following = new ArrayList<>();
    HubClient pusher;

    Region(String county, String pushToken, List<String> feedTokens, List<MappedFact> facts) {
      this.county = county;
      this.pushToken = pushToken;
      this.feedTokens = feedTokens;
      this.facts = facts;
    }

    void open(String address) {
      pusher = HubClient.connect(address, pushToken, Duration.ofSeconds(30));
      for (String token : feedTokens) {
        HubClient client = HubClient.connect(address, token, Duration.ofSeconds(30));
        FeedSubscriber feed = new FeedSubscriber(client, FEED);
        FeedArrivals seen =
            new FeedArrivals(facts.stream().map(MappedFact::recordId).collect(Collectors.toSet()));
        CompletableFuture<Void> f = feed.start(0, seen);
        f.whenComplete((ok, e) -> seen.feedEnded());
        clients.add(client);
        feeds.add(feed);
        arrivals.add(seen);
        following.add(f);
      }
    }

    void awaitCaughtUp() throws InterruptedException {
      for (FeedArrivals seen : arrivals) {
        seen.awaitCaughtUp(Duration.ofMinutes(5));
      }
    }

    SteadyPush.Result push(double perSecond) throws InterruptedException {
      return new SteadyPush(pusher, 10).push(facts, perSecond, Duration.ofSeconds(60));
    }

    /**
     * Adds each feed's latencies; returns the deliveries missing after the grace, each told late or
     * lost against a fresh read of the region's feed from its start.
     */
    MissingDeliveries collect(
        SteadyPush.Result pushed, Duration grace, List<Duration> latencies, String address)
        throws InterruptedException {
      Instant deadline = Instant.now().plus(grace);
      List<List<String>> notArrived = new ArrayList<>();
      List<Long> deliveredUpTo = new ArrayList<>();
      for (int f = 0; f < arrivals.size(); f++) {
        FeedArrivals seen = arrivals.get(f);
        Duration left = Duration.between(Instant.now(), deadline);
        seen.awaitAll(pushed.recordedAt().keySet(), left.isNegative() ? Duration.ZERO : left);
        // The position first, then what is missing: a fact arriving in between is then counted
        // as neither missing nor skipped.
        deliveredUpTo.add(feeds.get(f).lastPosition());
        notArrived.add(seen.notArrived(pushed.recordedAt().keySet()));
        Map<String, Instant> at = seen.arrivals();
        pushed
            .recordedAt()
            .forEach(
                (id, recorded) -> {
                  Instant arrived = at.get(id);
                  if (arrived != null) {
                    latencies.add(Duration.between(recorded, arrived));
                  }
                });
      }
      if (notArrived.stream().allMatch(List::isEmpty)) {
        return MissingDeliveries.NONE;
      }
      Map<String, Long> storedAt = readAfresh(pushed.recordedAt().keySet(), address);
      MissingDeliveries missing = MissingDeliveries.NONE;
      for (int f = 0; f < notArrived.size(); f++) {
        missing =
            missing.plus(
                MissingDeliveries.classify(notArrived.get(f), storedAt, deliveredUpTo.get(f)));
      }
      return missing;
    }

    /**
     * Where this run's facts stand in the region's feed, read by a new subscriber from the start to
     * the end (its first checkpoint, which follows everything stored up to it).
     */
    private Map<String, Long> readAfresh(Collection<String> recordIds, String address)
        throws InterruptedException {
      try (HubClient client = HubClient.connect(address, pushToken, Duration.ofSeconds(30));
          FeedSubscriber feed = new FeedSubscriber(client, FEED)) {
        FeedArrivals seen = new FeedArrivals(Set.copyOf(recordIds));
        CompletableFuture<Void> reading = feed.start(0, seen);
        reading.whenComplete((ok, e) -> seen.feedEnded());
        if (seen.awaitCaughtUp(Duration.ofMinutes(5)).isEmpty()) {
          throw new IllegalStateException(
              "could not read " + county + "'s feed to its end to tell late from lost");
        }
        return seen.positions();
      }
    }

    void errors(SteadyPush.Result pushed, Map<String, Integer> errors) {
      pushed.failure().ifPresent(f -> errors.merge("push: " + f, 1, Integer::sum));
      for (CompletableFuture<Void> f : following) {
        if (f.isCompletedExceptionally()) {
          String why = f.handle((ok, e) -> e.getMessage()).join();
          errors.merge("feed: " + why, 1, Integer::sum);
        }
      }
    }

    void close() {
      feeds.forEach(FeedSubscriber::close);
      clients.forEach(HubClient::close);
      pusher.close();
    }
  }
}
