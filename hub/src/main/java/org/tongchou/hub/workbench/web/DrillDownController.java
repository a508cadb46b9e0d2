package org.tongchou.hub.workbench.web;

import com.google.protobuf.TextFormat;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;
import org.tongchou.hub.workbench.app.HubActs;
import org.tongchou.hub.workbench.app.HubReads;
import org.tongchou.hub.workbench.app.OfficeUser;
import org.tongchou.proto.v1.ListObligationsResponse;
import org.tongchou.proto.v1.ObligationHistory;
import org.tongchou.proto.v1.RecordedFact;
import org.tongchou.proto.v1.Scorecard;
import org.tongchou.proto.v1.Side;

/**
 * Every number down to its facts: a scorecard's indicator lines, the obligations behind a line, and
 * one obligation with its events (and their receipts) and the facts behind it.
 */
@ConditionalOnWebApplication
@Controller
class DrillDownController {

  private static final TextFormat.Printer FACTS = TextFormat.printer().escapingNonAscii(false);

  static final String WAIVE = "waive";

  private final HubReads reads;
  private final HubActs acts;
  private final Clock clock;
  private final int pageSize;

  DrillDownController(
      HubReads reads,
      HubActs acts,
      Clock clock,
      @Value("${tongchou.workbench.obligations-page-size:100}") int pageSize) {
    this.reads = reads;
    this.acts = acts;
    this.clock = clock;
    this.pageSize = pageSize;
  }

  @GetMapping("/workbench/scorecard")
  String scorecard(
      @AuthenticationPrincipal OfficeUser user,
      @RequestParam String region,
      @RequestParam(required = false) String period,
      @RequestParam Side side,
      Model model) {
    String label = Periods.orCurrent(period, clock);
    Scorecard card =
        reads.scorecards(user, region, label, false).stream()
            .filter(c -> c.getRegion().equals(region) && c.getSide() == side)
            .findFirst()
            .orElse(Scorecard.newBuilder().setRegion(region).setSide(side).build());
    model.addAttribute("card", card);
    model.addAttribute("period", label);
    return "workbench/scorecard";
  }

  /**
   * The obligations behind a line, a page at a time (a line can hold thousands): the RPC's own
   * pages by obligation id, {@code after} being its page token. {@code from} only numbers the rows
   * shown; a forged one misnumbers them and reveals nothing, since the RPC decides what is listed.
   */
  @GetMapping("/workbench/obligations")
  String obligations(
      @AuthenticationPrincipal OfficeUser user,
      @RequestParam String region,
      @RequestParam String period,
      @RequestParam Side side,
      @RequestParam String indicator,
      @RequestParam(defaultValue = "") String after,
      @RequestParam(defaultValue = "0") long from,
      Model model) {
    ListObligationsResponse page =
        reads.obligationsPage(user, region, period, side, indicator, after, pageSize);
    long first = after.isEmpty() ? 0 : Math.max(0, from);
    model.addAttribute("obligations", page.getObligationsList());
    model.addAttribute("after", after);
    model.addAttribute("next", page.getNextPageToken());
    model.addAttribute("first", first + 1);
    model.addAttribute("last", first + page.getObligationsCount());
    model.addAttribute("region", region);
    model.addAttribute("period", period);
    model.addAttribute("side", side);
    model.addAttribute("indicator", indicator);
    return "workbench/obligations";
  }

  /** A fact as a readable text (Chinese as it is, not escaped to octal); the page escapes it. */
  record Fact(RecordedFact recorded, String text) {}

  // A query parameter, not a path segment: obligation ids hold slashes.
  @GetMapping("/workbench/obligation")
  String obligation(
      @AuthenticationPrincipal OfficeUser user,
      @RequestParam String id,
      @RequestParam(defaultValue = "") String done,
      Model model) {
    return obligationPage(user, id, done, null, model);
  }

  /**
   * Waives the obligation with the office's reason ({@code Coordination.WaiveObligation}), once per
   * form; a refusal of the form shows next to its field.
   */
  @PostMapping("/workbench/acts/waive")
  String waive(
      @AuthenticationPrincipal OfficeUser user,
      @RequestParam(defaultValue = "") String obligationId,
      @RequestParam(defaultValue = "") String reason,
      @RequestParam(defaultValue = "") String actKey,
      HttpSession session,
      HttpServletResponse response,
      Model model) {
    return ActForms.act(
        session,
        actKey,
        new ActForms.Form(WAIVE, obligationId, Map.of("reason", reason)),
        response,
        () -> {
          acts.waive(user, obligationId, reason);
          return "redirect:"
              + UriComponentsBuilder.fromPath("/workbench/obligation")
                  .queryParam("id", obligationId)
                  .queryParam("done", "waived")
                  .encode()
                  .build()
                  .toUriString();
        },
        refused -> obligationPage(user, obligationId, "", refused, model));
  }

  private String obligationPage(
      OfficeUser user, String id, String done, ActForms.Refused refused, Model model) {
    ObligationHistory history = reads.explain(user, id);
    List<Fact> facts =
        history.getFactsList().stream()
            .map(f -> new Fact(f, FACTS.printToString(f.getFact())))
            .toList();
    model.addAttribute("history", history);
    model.addAttribute("o", history.getObligation());
    model.addAttribute("facts", facts);
    model.addAttribute("done", done);
    model.addAttribute("refused", refused);
    return "workbench/obligation";
  }
}
