package org.tongchou.hub.workbench.web;

import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.tongchou.hub.workbench.app.OfficeUser;
import org.tongchou.hub.workbench.app.Worklist;
import org.tongchou.proto.v1.ListedObligation;
import org.tongchou.proto.v1.ObligationStatus;
import org.tongchou.proto.v1.Side;

/** Overdue and due-soon duties of a jurisdiction, filtered by region, kind and side. */
@ConditionalOnWebApplication
@Controller
class WorklistController {

  private final Worklist worklist;
  private final Clock clock;

  /**
   * Duties shown on one page: a province's quarter can hold thousands of overdue duties, and a page
   * of all of them is half a megabyte that nobody reads through (100 unless set).
   */
  private final int pageSize;

  WorklistController(
      Worklist worklist,
      Clock clock,
      @Value("${tongchou.workbench.worklist-page-size:100}") int pageSize) {
    this.worklist = worklist;
    this.clock = clock;
    this.pageSize = pageSize;
  }

  @GetMapping("/workbench/worklist")
  String worklist(
      @AuthenticationPrincipal OfficeUser user,
      @RequestParam(required = false) String region,
      @RequestParam(required = false) String period,
      @RequestParam(defaultValue = "") String responsible,
      @RequestParam(defaultValue = "") String kind,
      @RequestParam(defaultValue = "SIDE_UNSPECIFIED") Side side,
      @RequestParam(required = false) ObligationStatus status,
      @RequestParam(defaultValue = "false") boolean disputed,
      @RequestParam(defaultValue = "0") int page,
      Model model) {
    String home =
        region == null || region.isBlank()
            ? user.homeRegion(OverviewController.NATIONAL_START)
            : region;
    String label = Periods.orCurrent(period, clock);
    Set<ObligationStatus> statuses =
        disputed ? Set.of() : status == null ? Worklist.PRESSING : EnumSet.of(status);
    List<ListedObligation> listed = worklist.duties(user, home, label, statuses, disputed);
    List<ListedObligation> shown = worklist.filter(listed, responsible, kind, side);
    model.addAttribute("region", home);
    model.addAttribute("period", label);
    model.addAttribute("responsible", responsible);
    model.addAttribute("kind", kind);
    model.addAttribute("side", side);
    model.addAttribute("disputed", disputed);
    // The kinds among the duties of the chosen statuses, not of every duty of the period: a kind
    // with none of them would only filter down to an empty list, and counting every duty's kind
    // would add a pass over the period's tens of thousands of rows to every render.
    model.addAttribute(
        "kinds",
        listed.stream().map(o -> o.getObligation().getKind()).distinct().sorted().toList());
    int pages = Math.max(1, (shown.size() + pageSize - 1) / pageSize);
    int current = Math.min(Math.max(page, 0), pages - 1);
    int from = current * pageSize;
    int to = Math.min(from + pageSize, shown.size());
    model.addAttribute("status", status);
    model.addAttribute("duties", shown.subList(from, to));
    model.addAttribute("total", shown.size());
    model.addAttribute("page", current);
    model.addAttribute("pages", pages);
    model.addAttribute("first", shown.isEmpty() ? 0 : from + 1);
    model.addAttribute("last", to);
    return "workbench/worklist";
  }
}
