package org.tongchou.hub.workbench.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.tongchou.hub.workbench.app.FlowsPage;
import org.tongchou.hub.workbench.app.OfficeUser;
import org.tongchou.hub.workbench.app.SexRatioBand;

/**
 * The flows of a region and period ({@code Assessment.GetStatistics}): the origin × destination
 * matrix as a heat map and a table, the stock on a day, births to migrant mothers by sex with the
 * sex ratio against its normal band, and coverage; every table as {@code ExportCsv}'s CSV.
 */
@ConditionalOnWebApplication
@Controller
class FlowsController {

  private final FlowsPage flows;
  private final ObjectMapper json;
  private final Clock clock;

  FlowsController(FlowsPage flows, ObjectMapper json, Clock clock) {
    this.flows = flows;
    this.json = json;
    this.clock = clock;
  }

  @GetMapping("/workbench/flows")
  String flows(
      @AuthenticationPrincipal OfficeUser user,
      @RequestParam(required = false) String region,
      @RequestParam(required = false) String period,
      @RequestParam(defaultValue = "") String on,
      @RequestParam(defaultValue = "") String level,
      Model model)
      throws Exception {
    String home =
        region == null || region.isBlank()
            ? user.homeRegion(OverviewController.NATIONAL_START)
            : region.trim();
    FlowsPage.Page page =
        flows.page(user, home, Periods.orCurrent(period, clock), on.trim(), level.trim());
    model.addAttribute("page", page);
    model.addAttribute("s", page.statistics());
    model.addAttribute("chart", json.writeValueAsString(page.matrix().chart()));
    model.addAttribute("bandLow", SexRatioBand.LOW);
    model.addAttribute("bandHigh", SexRatioBand.HIGH);
    return "workbench/flows";
  }
}
