package org.tongchou.hub.workbench.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.util.UriComponentsBuilder;
import org.tongchou.hub.workbench.app.HubActs;
import org.tongchou.hub.workbench.app.HubReads;
import org.tongchou.hub.workbench.app.LineDiff;
import org.tongchou.hub.workbench.app.OfficeUser;
import org.tongchou.proto.v1.PublishPolicyResponse;
import org.tongchou.proto.v1.ReevaluatePeriodResponse;

/**
 * Policies: every version with its scope, effective date and SHA-256 ({@code
 * Policies.ListPolicies}), one version's text and the line diff of any two ({@code GetPolicy}), and
 * publishing a version from an uploaded YAML file ({@code PublishPolicy}), whose refusal lists
 * every problem by its path as {@code PolicyCheck} names it.
 */
@ConditionalOnWebApplication
@Controller
class PoliciesController {

  static final String PUBLISH = "publish-policy";
  static final String REEVALUATE = "reevaluate";

  private final HubReads reads;
  private final HubActs acts;

  PoliciesController(HubReads reads, HubActs acts) {
    this.reads = reads;
    this.acts = acts;
  }

  @GetMapping("/workbench/policies")
  String policies(
      @AuthenticationPrincipal OfficeUser user,
      @RequestParam(defaultValue = "") String view,
      @RequestParam(defaultValue = "") String left,
      @RequestParam(defaultValue = "") String right,
      @RequestParam(defaultValue = "") String done,
      @RequestParam(defaultValue = "0") int persons,
      @RequestParam(defaultValue = "0") int obligations,
      @RequestParam(defaultValue = "0") int changed,
      Model model) {
    model.addAttribute("counts", new int[] {persons, obligations, changed});
    return page(user, view, left, right, done, null, model);
  }

  private String page(
      OfficeUser user,
      String view,
      String left,
      String right,
      String done,
      ActForms.Refused refused,
      Model model) {
    model.addAttribute("policies", reads.policies(user));
    if (!model.containsAttribute("counts")) {
      model.addAttribute("counts", new int[] {0, 0, 0});
    }
    model.addAttribute("home", user.homeRegion(OverviewController.NATIONAL_START));
    model.addAttribute("view", view);
    model.addAttribute("left", left);
    model.addAttribute("right", right);
    model.addAttribute("text", view.isEmpty() ? null : reads.policy(user, view));
    model.addAttribute(
        "diff",
        left.isEmpty() || right.isEmpty()
            ? null
            : LineDiff.of(reads.policy(user, left).getText(), reads.policy(user, right).getText()));
    model.addAttribute("done", done);
    model.addAttribute("refused", refused);
    return "workbench/policies";
  }

  @PostMapping("/workbench/acts/publish-policy")
  String publish(
      @AuthenticationPrincipal OfficeUser user,
      @RequestParam(name = "file", required = false) MultipartFile file,
      @RequestParam(defaultValue = "") String actKey,
      HttpSession session,
      HttpServletResponse response,
      Model model)
      throws IOException {
    String text = file == null ? "" : new String(file.getBytes(), StandardCharsets.UTF_8);
    String name =
        file == null || file.getOriginalFilename() == null ? "" : file.getOriginalFilename();
    return ActForms.act(
        session,
        actKey,
        new ActForms.Form(PUBLISH, "", Map.of("file", name)),
        response,
        () -> {
          PublishPolicyResponse published = acts.publishPolicy(user, text);
          return "redirect:"
              + UriComponentsBuilder.fromPath("/workbench/policies")
                  .queryParam("view", published.getSummary().getVersion())
                  .queryParam(
                      "done", published.getNewVersion() ? "policy-published" : "policy-held")
                  .encode()
                  .build()
                  .toUriString();
        },
        refused -> page(user, "", "", "", "", refused, model));
  }

  /**
   * The confirmation of a re-evaluation: what it would change, as the replay diff of the recorded
   * decisions against the version ({@code ReevaluationPreviewService}), and the form that does it.
   */
  @GetMapping("/workbench/policies/reevaluate")
  String confirmReevaluation(
      @AuthenticationPrincipal OfficeUser user,
      @RequestParam(defaultValue = "") String region,
      @RequestParam(defaultValue = "") String period,
      @RequestParam(defaultValue = "") String version,
      Model model) {
    return confirmation(user, region, period, version, null, model);
  }

  private String confirmation(
      OfficeUser user,
      String region,
      String period,
      String version,
      ActForms.Refused refused,
      Model model) {
    model.addAttribute("region", region);
    model.addAttribute("period", period);
    model.addAttribute("version", version);
    model.addAttribute("diff", reads.previewReevaluation(user, region, period, version));
    model.addAttribute("refused", refused);
    return "workbench/reevaluate";
  }

  @PostMapping("/workbench/acts/reevaluate")
  String reevaluate(
      @AuthenticationPrincipal OfficeUser user,
      @RequestParam(defaultValue = "") String region,
      @RequestParam(defaultValue = "") String period,
      @RequestParam(defaultValue = "") String version,
      @RequestParam(defaultValue = "") String reason,
      @RequestParam(defaultValue = "") String actKey,
      HttpSession session,
      HttpServletResponse response,
      Model model) {
    return ActForms.act(
        session,
        actKey,
        new ActForms.Form(REEVALUATE, "", Map.of("reason", reason)),
        response,
        () -> {
          ReevaluatePeriodResponse done = acts.reevaluate(user, region, period, version, reason);
          return "redirect:"
              + UriComponentsBuilder.fromPath("/workbench/policies")
                  .queryParam("done", "reevaluated")
                  .queryParam("persons", done.getPersons())
                  .queryParam("obligations", done.getObligations())
                  .queryParam("changed", done.getChanged())
                  .encode()
                  .build()
                  .toUriString();
        },
        refused -> confirmation(user, region, period, version, refused, model));
  }
}
