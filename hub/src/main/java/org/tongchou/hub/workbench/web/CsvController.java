package org.tongchou.hub.workbench.web;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.tongchou.hub.workbench.app.HubReads;
import org.tongchou.hub.workbench.app.OfficeUser;
import org.tongchou.proto.v1.ExportCsvRequest;
import org.tongchou.proto.v1.Side;

/** Every table's CSV: the bytes of {@code Assessment.ExportCsv}, unchanged. */
@ConditionalOnWebApplication
@RestController
class CsvController {

  private final HubReads reads;

  CsvController(HubReads reads) {
    this.reads = reads;
  }

  @GetMapping("/workbench/csv")
  ResponseEntity<byte[]> csv(
      @AuthenticationPrincipal OfficeUser user,
      @RequestParam ExportCsvRequest.Table table,
      @RequestParam String region,
      @RequestParam(defaultValue = "") String period,
      @RequestParam(defaultValue = "SIDE_UNSPECIFIED") Side side,
      @RequestParam(defaultValue = "") String indicator,
      @RequestParam(defaultValue = "false") boolean children,
      @RequestParam(defaultValue = "") String on,
      @RequestParam(defaultValue = "") String level) {
    HubReads.Csv csv =
        reads.csv(
            user,
            ExportCsvRequest.newBuilder()
                .setTable(table)
                .setRegion(region)
                .setPeriod(period)
                .setSide(side)
                .setIndicator(indicator)
                .setChildren(children)
                .setOn(on)
                .setLevel(level)
                .build());
    return ResponseEntity.ok()
        .contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment().filename(csv.fileName()).build().toString())
        .body(csv.bytes());
  }
}
