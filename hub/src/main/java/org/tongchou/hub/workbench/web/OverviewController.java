package org.tongchou.hub.workbench.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.tongchou.hub.assessment.app.Scorecards;
import org.tongchou.hub.obligation.domain.ObligationStatus;
import org.tongchou.hub.workbench.app.HubReads;
import org.tongchou.hub.workbench.app.OfficeUser;
import org.tongchou.hub.workbench.app.Worklist;
import org.tongchou.proto.v1.Scorecard;
import org.tongchou.proto.v1.Side;

/**
 * The overview of a jurisdiction for a period: each child region's two scores (a table sortable by
 * any column, and a bar chart), the trend over twelve periods, and the counts that need acting on.
 */
@ConditionalOnWebApplication
@Controller
class OverviewController {

  /** Where the national office and auditors start, until they choose a region. */
  static final String NATIONAL_START = "320000";

  private final HubReads reads;
  private final Worklist worklist;
  private final ObjectMapper json;
  private final Clock clock;

  OverviewController(HubReads reads, Worklist worklist, ObjectMapper json, Clock clock) {
    this.reads = reads;
    this.worklist = worklist;
    this.json = json;
    this.clock = clock;
  }

  /** One row of the scores table. */
  record Row(String region, String name, String inflow, String outflow) {
    static double value(String score) {
      return score.isEmpty() ? -1 : Double.parseDouble(score);
    }
  }

  @GetMapping({"/workbench", "/workbench/"})
  String overview(
      @AuthenticationPrincipal OfficeUser user,
      @RequestParam(required = false) String region,
      @RequestParam(required = false) String period,
      @RequestParam(defaultValue = "region") String sort,
      Model model)
      throws Exception {
    String home = region == null || region.isBlank() ? user.homeRegion(NATIONAL_START) : region;
    String label = Periods.orCurrent(period, clock);
    Map<String, String[]> scores = new LinkedHashMap<>();
    Map<String, String> names = new LinkedHashMap<>();
    for (Scorecard card : reads.scorecards(user, home, label, true)) {
      if (card.getRegion().equals(home)) {
        continue;
      }
      names.put(card.getRegion(), card.getRegionName());
      String[] both = scores.computeIfAbsent(card.getRegion(), r -> new String[] {"", ""});
      both[card.getSide() == Side.INFLOW ? 0 : 1] = card.getScore();
    }
    List<Row> rows = new ArrayList<>();
    scores.forEach((r, s) -> rows.add(new Row(r, names.get(r), s[0], s[1])));
    rows.sort(order(sort));
    Scorecards.DutyCounts duties = worklist.counts(user, home, label);
    model.addAttribute("region", home);
    model.addAttribute("period", label);
    model.addAttribute("sort", sort);
    model.addAttribute("rows", rows);
    model.addAttribute(
        "chart",
        json.writeValueAsString(
            Map.of(
                "names", rows.stream().map(Row::name).toList(),
                "inflow", rows.stream().map(r -> Row.value(r.inflow())).toList(),
                "outflow", rows.stream().map(r -> Row.value(r.outflow())).toList())));
    model.addAttribute("overdue", duties.of(ObligationStatus.OVERDUE));
    model.addAttribute("dueSoon", duties.of(ObligationStatus.DUE_SOON));
    model.addAttribute("disputes", duties.openDisputes());
    model.addAttribute("conflicts", reads.conflicts(user, home, "open").size());
    model.addAttribute("pendingLinks", reads.linkRequests(user, home, "pending", false).size());
    return "workbench/overview";
  }

  /** The region's own two scores over the twelve periods up to {@code period}: an htmx fragment. */
  @GetMapping("/workbench/trend")
  String trend(
      @AuthenticationPrincipal OfficeUser user,
      @RequestParam String region,
      @RequestParam String period,
      Model model)
      throws Exception {
    List<String> labels = Periods.lastTwelve(period);
    List<Row> rows = new ArrayList<>();
    for (String label : labels) {
      String[] both = {"", ""};
      for (Scorecard card : reads.scorecards(user, region, label, false)) {
        if (card.getRegion().equals(region)) {
          both[card.getSide() == Side.INFLOW ? 0 : 1] = card.getScore();
        }
      }
      rows.add(new Row(region, label, both[0], both[1]));
    }
    model.addAttribute("region", region);
    model.addAttribute("rows", rows);
    model.addAttribute(
        "chart",
        json.writeValueAsString(
            Map.of(
                "names", labels,
                "inflow", rows.stream().map(r -> Row.value(r.inflow())).toList(),
                "outflow", rows.stream().map(r -> Row.value(r.outflow())).toList())));
    return "workbench/trend :: trend";
  }

  private static Comparator<Row> order(String sort) {
    return switch (sort) {
      case "inflow" -> Comparator.comparingDouble((Row r) -> Row.value(r.inflow())).reversed();
      case "outflow" -> Comparator.comparingDouble((Row r) -> Row.value(r.outflow())).reversed();
      case "name" -> Comparator.comparing(Row::name);
      default -> Comparator.comparing(Row::region);
    };
  }
}
