package org.tongchou.hub.replay.app;

import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;
import org.tongchou.hub.region.domain.RegionDirectory;
import org.tongchou.hub.replay.domain.ObligationDifference;
import org.tongchou.hub.replay.domain.OutcomeDiff;
import org.tongchou.hub.replay.domain.ReplaySpec;

/** Two replays of the same history and the obligations whose outcome differs between them. */
@Service
public class ReplayDiffs {

  /** Both replays and every difference, in subject order. */
  public record Diff(Replayed left, Replayed right, List<ObligationDifference> differences) {}

  /** Told which replay ({@code left} or {@code right}) the progress is about. */
  public interface Progress {
    void at(String replay, long done, long total, double perSecond);
  }

  private final Replayer replayer;
  private final RegionDirectory regions;

  ReplayDiffs(Replayer replayer, RegionDirectory regions) {
    this.replayer = replayer;
    this.regions = regions;
  }

  public Diff diff(ReplaySpec left, ReplaySpec right, Progress progress) {
    Replayed a = replayer.replay(left, (d, t, r) -> progress.at("left", d, t, r));
    // The right replay reads no further than the left did, so both see the very same events.
    ReplaySpec sameReach =
        new ReplaySpec(
            right.region(),
            right.period(),
            a.position(),
            right.recordedAt(),
            right.policyVersion(),
            right.policiesAt());
    Replayed b = replayer.replay(sameReach, (d, t, r) -> progress.at("right", d, t, r));
    String region = left.region();
    List<ObligationDifference> differences =
        OutcomeDiff.between(
            new OutcomeDiff.Replayed(
                a.scratch().rows(), a.book(), id -> new ArrayList<>(a.scratch().behind(id))),
            new OutcomeDiff.Replayed(
                b.scratch().rows(), b.book(), id -> new ArrayList<>(b.scratch().behind(id))),
            region,
            left.period(),
            regions.provinceOf(region),
            c -> regions.isWithin(c, region));
    return new Diff(a, b, differences);
  }
}
