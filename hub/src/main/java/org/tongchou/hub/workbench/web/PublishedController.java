package org.tongchou.hub.workbench.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.util.UriComponentsBuilder;
import org.tongchou.hub.workbench.app.HubActs;
import org.tongchou.hub.workbench.app.HubReads;
import org.tongchou.hub.workbench.app.OfficeUser;
import org.tongchou.proto.v1.PublishedScorecard;

/**
 * Published scorecards: publish a division's scorecards of a period ({@code
 * Replay.PublishScorecard}), list what was published with its SHA-256, and download the exact bytes
 * published ({@code Replay.GetPublishedScorecard}).
 */
@ConditionalOnWebApplication
@Controller
class PublishedController {

  static final String PUBLISH = "publish-scorecard";

  private final HubReads reads;
  private final HubActs acts;
  private final Clock clock;

  PublishedController(HubReads reads, HubActs acts, Clock clock) {
    this.reads = reads;
    this.acts = acts;
    this.clock = clock;
  }

  /** One published scorecard, and when (UTC, to the second). */
  record Row(PublishedScorecard scorecard, String publishedAt) {}

  @GetMapping("/workbench/published")
  String published(
      @AuthenticationPrincipal OfficeUser user,
      @RequestParam(required = false) String region,
      @RequestParam(defaultValue = "") String period,
      @RequestParam(defaultValue = "") String done,
      Model model) {
    return page(user, region, period, done, null, model);
  }

  private String page(
      OfficeUser user,
      String region,
      String period,
      String done,
      ActForms.Refused refused,
      Model model) {
    String home =
        region == null || region.isBlank()
            ? user.homeRegion(OverviewController.NATIONAL_START)
            : region;
    model.addAttribute("region", home);
    model.addAttribute("period", period);
    model.addAttribute("publishPeriod", Periods.orCurrent(period, clock));
    model.addAttribute(
        "published",
        reads.published(user, home, period).stream()
            .map(
                p ->
                    new Row(
                        p,
                        Instant.ofEpochSecond(p.getPublishedAt().getSeconds())
                            .truncatedTo(ChronoUnit.SECONDS)
                            .toString()))
            .toList());
    model.addAttribute("done", done);
    model.addAttribute("refused", refused);
    return "workbench/published";
  }

  @PostMapping("/workbench/acts/publish-scorecard")
  String publish(
      @AuthenticationPrincipal OfficeUser user,
      @RequestParam(defaultValue = "") String region,
      @RequestParam(defaultValue = "") String period,
      @RequestParam(defaultValue = "") String actKey,
      HttpSession session,
      HttpServletResponse response,
      Model model) {
    return ActForms.act(
        session,
        actKey,
        new ActForms.Form(PUBLISH, "", Map.of("region", region, "period", period)),
        response,
        () -> {
          PublishedScorecard published = acts.publishScorecard(user, region, period);
          return "redirect:"
              + UriComponentsBuilder.fromPath("/workbench/published")
                  .queryParam("region", published.getRegion())
                  .queryParam("done", "published")
                  .encode()
                  .build()
                  .toUriString();
        },
        refused -> page(user, region, "", "", refused, model));
  }

  /** The bytes published, unchanged. */
  @GetMapping("/workbench/published/csv")
  @ResponseBody
  ResponseEntity<byte[]> csv(@AuthenticationPrincipal OfficeUser user, @RequestParam String id) {
    PublishedScorecard published = reads.publishedScorecard(user, id);
    return ResponseEntity.ok()
        .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
        .header("X-Content-SHA-256", published.getSha256())
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment()
                .filename("published-" + id.replace('/', '-') + ".csv")
                .build()
                .toString())
        .body(published.getCsv().toByteArray());
  }
}
