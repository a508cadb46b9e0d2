package org.tongchou.hub.workbench.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
import org.tongchou.hub.workbench.app.Worklist;
import org.tongchou.proto.v1.ListedConflict;
import org.tongchou.proto.v1.ListedObligation;

/**
 * Conflicts and disputes: the residence conflicts of a jurisdiction with the days left before each
 * becomes final and the office it is escalated to, the disputed duties, and the forms that rule on
 * them. Every form goes to the RPC ({@code Coordination.RuleOnConflict}, {@code RuleOnDispute}),
 * which validates and decides; its refusal is shown next to the field it names.
 */
@ConditionalOnWebApplication
@Controller
class ConflictsController {

  static final String RULE_CONFLICT = "rule-conflict";
  static final String RULE_DISPUTE = "rule-dispute";

  private final HubReads reads;
  private final HubActs acts;
  private final Worklist worklist;
  private final Clock clock;

  ConflictsController(HubReads reads, HubActs acts, Worklist worklist, Clock clock) {
    this.reads = reads;
    this.acts = acts;
    this.worklist = worklist;
    this.clock = clock;
  }

  /** One conflict of the queue. */
  record Row(ListedConflict listed, Long daysLeft, boolean escalatedHere) {}

  @GetMapping("/workbench/conflicts")
  String conflicts(
      @AuthenticationPrincipal OfficeUser user,
      @RequestParam(required = false) String region,
      @RequestParam(required = false) String period,
      @RequestParam(defaultValue = "open") String status,
      @RequestParam(defaultValue = "") String done,
      Model model) {
    return page(user, region, period, status, done, null, model);
  }

  private String page(
      OfficeUser user,
      String region,
      String period,
      String status,
      String done,
      ActForms.Refused refused,
      Model model) {
    String home =
        region == null || region.isBlank()
            ? user.homeRegion(OverviewController.NATIONAL_START)
            : region;
    String label = Periods.orCurrent(period, clock);
    LocalDate today = LocalDate.now(clock);
    String office =
        user.caller().jurisdiction() == null ? "national" : user.caller().jurisdiction();
    List<Row> rows =
        reads.conflicts(user, home, status.equals("all") ? "" : status, !done.isEmpty()).stream()
            .map(
                c ->
                    new Row(
                        c,
                        c.getFinalOn().isEmpty()
                            ? null
                            : ChronoUnit.DAYS.between(today, LocalDate.parse(c.getFinalOn())),
                        c.getConflict().getEscalatedTo().equals(office)))
            .toList();
    List<ListedObligation> disputes = worklist.duties(user, home, label, Set.of(), true);
    model.addAttribute("region", home);
    model.addAttribute("period", label);
    model.addAttribute("status", status);
    model.addAttribute("rows", rows);
    model.addAttribute("disputes", disputes);
    model.addAttribute("done", done);
    model.addAttribute("refused", refused);
    return "workbench/conflicts";
  }

  private static String back(String region, String period, String done) {
    return "redirect:"
        + UriComponentsBuilder.fromPath("/workbench/conflicts")
            .queryParam("region", region)
            .queryParam("period", period)
            .queryParam("done", done)
            .encode()
            .build()
            .toUriString();
  }

  @PostMapping("/workbench/acts/rule-conflict")
  String ruleOnConflict(
      @AuthenticationPrincipal OfficeUser user,
      @RequestParam(defaultValue = "") String region,
      @RequestParam(defaultValue = "") String period,
      @RequestParam(defaultValue = "") String personKey,
      @RequestParam(defaultValue = "") String conflictId,
      @RequestParam(defaultValue = "") String residenceRegion,
      @RequestParam(defaultValue = "") String reason,
      @RequestParam(defaultValue = "") String actKey,
      HttpSession session,
      HttpServletResponse response,
      Model model) {
    return ActForms.act(
        session,
        actKey,
        new ActForms.Form(
            RULE_CONFLICT,
            conflictId,
            Map.of("residence_region", residenceRegion, "reason", reason)),
        response,
        () -> {
          acts.ruleOnConflict(user, personKey, conflictId, residenceRegion, reason);
          return back(region, period, "conflict-ruled");
        },
        refused -> page(user, region, period, "open", "", refused, model));
  }

  @PostMapping("/workbench/acts/rule-dispute")
  String ruleOnDispute(
      @AuthenticationPrincipal OfficeUser user,
      @RequestParam(defaultValue = "") String region,
      @RequestParam(defaultValue = "") String period,
      @RequestParam(defaultValue = "") String obligationId,
      @RequestParam(defaultValue = "") String ruling,
      @RequestParam(defaultValue = "") String assignTo,
      @RequestParam(defaultValue = "") String reason,
      @RequestParam(defaultValue = "") String actKey,
      HttpSession session,
      HttpServletResponse response,
      Model model) {
    if (!ruling.equals("upheld") && !ruling.equals("dismissed")) {
      // The form's own field (the RPC's is a bool): say so next to it, as the RPC would.
      response.setStatus(400);
      return page(
          user,
          region,
          period,
          "open",
          "",
          new ActForms.Refused(
              RULE_DISPUTE,
              obligationId,
              Map.of("ruling", ruling, "assign_to", assignTo, "reason", reason),
              Map.of("ruling", "upheld or dismissed"),
              "INVALID_ARGUMENT",
              "ruling: upheld or dismissed"),
          model);
    }
    return ActForms.act(
        session,
        actKey,
        new ActForms.Form(
            RULE_DISPUTE,
            obligationId,
            Map.of("ruling", ruling, "assign_to", assignTo, "reason", reason)),
        response,
        () -> {
          acts.ruleOnDispute(user, obligationId, ruling.equals("upheld"), assignTo, reason);
          return back(region, period, "dispute-ruled");
        },
        refused -> page(user, region, period, "open", "", refused, model));
  }
}
