package org.tongchou.adapter.hub;

import com.google.protobuf.InvalidProtocolBufferException;
import com.google.protobuf.Message;
import com.google.protobuf.util.JsonFormat;
import java.util.ArrayList;
import java.util.List;
import org.tongchou.adapter.facts.FactTypes;
import org.tongchou.proto.v1.Fact;
import org.tongchou.proto.v1.RecordedFact;
import org.tongchou.proto.v1.ResidenceConflict;
import org.tongchou.proto.v1.ResidencePeriod;
import org.tongchou.proto.v1.Timeline;

/** A timeline as lines of text for an operator: header, residences, conflicts, then facts. */
public final class TimelineText {

  private static final int HASH_PREFIX = 12;
  private static final JsonFormat.Printer DATA =
      JsonFormat.printer().omittingInsignificantWhitespace();

  private TimelineText() {}

  /** Formats a whole timeline. */
  public static List<String> lines(Timeline t) {
    List<String> out = new ArrayList<>();
    out.add(t.getName() + "  " + t.getIdNumber() + "  " + t.getSex() + "  born " + t.getBornOn());
    out.add(
        "  registration region " + t.getRegistrationRegion() + "   person key " + t.getPersonKey());
    out.add("");
    out.add("Residences (" + t.getResidencesCount() + ")");
    t.getResidencesList()
        .forEach(r -> out.add("  " + period(r) + "   arrival " + r.getArrivalRecordId()));
    out.add("");
    out.add("Conflicts (" + t.getConflictsCount() + ")");
    t.getConflictsList().forEach(c -> out.add("  " + conflict(c)));
    out.add("");
    out.add("Facts (" + t.getFactsCount() + ")");
    t.getFactsList().forEach(f -> out.add("  " + fact(f)));
    return out;
  }

  /**
   * A residence period: region, from .. until (or open), and why it ended; also an audit history's.
   */
  public static String period(ResidencePeriod r) {
    String until = r.getUntil().isEmpty() ? "open" : r.getUntil();
    String reason = r.getEndReason().isEmpty() ? "" : " (" + r.getEndReason() + ")";
    return r.getRegion() + "  " + r.getFrom() + " .. " + until + reason;
  }

  private static String conflict(ResidenceConflict c) {
    return "from "
        + c.getOverlapFrom()
        + ": "
        + period(c.getClaimed())
        + " overlaps "
        + period(c.getExisting())
        + "; provisionally "
        + c.getProvisionalRegion()
        + "; position "
        + c.getPosition();
  }

  /**
   * One recorded fact: its place in the person's stream, what it says, and its receipt; also an
   * explanation's.
   */
  static String fact(RecordedFact recorded) {
    Fact f = recorded.getFact();
    String hash = recorded.getReceipt().getHash();
    StringBuilder line =
        new StringBuilder()
            .append('#')
            .append(recorded.getReceipt().getPersonSequence())
            .append("  ")
            .append(f.getOccurredOn())
            .append("  ")
            .append(f.getRegion())
            .append("  ")
            .append(FactTypes.typeOf(f))
            .append("  ")
            .append(f.getRecordId())
            .append("  position ")
            .append(recorded.getReceipt().getPosition())
            .append("  hash ")
            .append(hash, 0, Math.min(HASH_PREFIX, hash.length()))
            .append("  ")
            .append(data(f));
    if (!recorded.getCorrectedBy().isEmpty()) {
      line.append("  corrected by ").append(recorded.getCorrectedBy());
    }
    return line.toString();
  }

  private static String data(Fact f) {
    Message data = FactTypes.dataOf(f).orElse(null);
    if (data == null) {
      return "{}";
    }
    try {
      return DATA.print(data);
    } catch (InvalidProtocolBufferException e) {
      return "(data not printable: " + e.getMessage() + ")";
    }
  }
}
