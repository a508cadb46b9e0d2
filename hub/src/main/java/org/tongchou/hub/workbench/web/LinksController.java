package org.tongchou.hub.workbench.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.util.Map;
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

/**
 * Identity links: the link requests waiting for a confirmation the office may give (it is, or is
 * over, a confirming party), and the links made, with the forms that confirm, decline and split
 * them. The list is {@code LinkRequestsService.ListLinkRequests}, the acts {@code
 * Identities.ConfirmLink}, {@code DeclineLink} and {@code SplitLink}: the RPCs decide who may act
 * and refuse; a refusal of a field is shown next to it.
 */
@ConditionalOnWebApplication
@Controller
class LinksController {

  static final String CONFIRM = "confirm-link";
  static final String DECLINE = "decline-link";
  static final String SPLIT = "split-link";

  private final HubReads reads;
  private final HubActs acts;

  LinksController(HubReads reads, HubActs acts) {
    this.reads = reads;
    this.acts = acts;
  }

  @GetMapping("/workbench/links")
  String links(
      @AuthenticationPrincipal OfficeUser user,
      @RequestParam(defaultValue = "") String jurisdiction,
      @RequestParam(defaultValue = "") String done,
      Model model) {
    return page(user, jurisdiction, done, null, model);
  }

  private String page(
      OfficeUser user, String jurisdiction, String done, ActForms.Refused refused, Model model) {
    boolean catchUp = !done.isEmpty() || refused != null;
    model.addAttribute("jurisdiction", jurisdiction);
    model.addAttribute("pending", reads.linkRequests(user, jurisdiction, "pending", catchUp));
    model.addAttribute("linked", reads.linkRequests(user, jurisdiction, "linked", false));
    model.addAttribute("done", done);
    model.addAttribute("refused", refused);
    return "workbench/links";
  }

  private static String back(String jurisdiction, String done) {
    return "redirect:"
        + UriComponentsBuilder.fromPath("/workbench/links")
            .queryParam("jurisdiction", jurisdiction)
            .queryParam("done", done)
            .encode()
            .build()
            .toUriString();
  }

  @PostMapping("/workbench/acts/confirm-link")
  String confirm(
      @AuthenticationPrincipal OfficeUser user,
      @RequestParam(defaultValue = "") String jurisdiction,
      @RequestParam(defaultValue = "") String linkId,
      @RequestParam(defaultValue = "") String actKey,
      HttpSession session,
      HttpServletResponse response,
      Model model) {
    return ActForms.act(
        session,
        actKey,
        new ActForms.Form(CONFIRM, linkId, Map.of("link_id", linkId)),
        response,
        () -> {
          String status = acts.confirmLink(user, linkId).getStatus();
          return back(jurisdiction, status.equals("linked") ? "link-confirmed" : "link-approved");
        },
        refused -> page(user, jurisdiction, "", refused, model));
  }

  @PostMapping("/workbench/acts/decline-link")
  String decline(
      @AuthenticationPrincipal OfficeUser user,
      @RequestParam(defaultValue = "") String jurisdiction,
      @RequestParam(defaultValue = "") String linkId,
      @RequestParam(defaultValue = "") String reason,
      @RequestParam(defaultValue = "") String actKey,
      HttpSession session,
      HttpServletResponse response,
      Model model) {
    return ActForms.act(
        session,
        actKey,
        new ActForms.Form(DECLINE, linkId, Map.of("reason", reason)),
        response,
        () -> {
          acts.declineLink(user, linkId, reason);
          return back(jurisdiction, "link-declined");
        },
        refused -> page(user, jurisdiction, "", refused, model));
  }

  @PostMapping("/workbench/acts/split-link")
  String split(
      @AuthenticationPrincipal OfficeUser user,
      @RequestParam(defaultValue = "") String jurisdiction,
      @RequestParam(defaultValue = "") String linkId,
      @RequestParam(defaultValue = "") String reason,
      @RequestParam(defaultValue = "") String actKey,
      HttpSession session,
      HttpServletResponse response,
      Model model) {
    return ActForms.act(
        session,
        actKey,
        new ActForms.Form(SPLIT, linkId, Map.of("reason", reason)),
        response,
        () -> {
          acts.splitLink(user, linkId, reason);
          return back(jurisdiction, "link-split");
        },
        refused -> page(user, jurisdiction, "", refused, model));
  }
}
