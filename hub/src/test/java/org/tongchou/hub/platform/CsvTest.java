package org.tongchou.hub.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tongchou.hub.platform.csv.Csv;

class CsvTest {

  @Test
  void fieldsAreQuotedOnlyWhenTheyMustBeAndLinesEndInCrlf() {
    byte[] csv =
        new Csv(List.of("a", "b", "c"))
            .row(Arrays.asList("无锡市", "x,y", "say \"hi\""))
            .row(Arrays.asList(null, new BigDecimal("1.2000"), 3))
            .bytes();

    assertThat(new String(csv, StandardCharsets.UTF_8))
        .isEqualTo("a,b,c\r\n无锡市,\"x,y\",\"say \"\"hi\"\"\"\r\n,1.2000,3\r\n");
  }

  @Test
  void textCellsThatASpreadsheetWouldRunAsFormulasAreNeutralisedButNumbersAreNot() {
    byte[] csv =
        new Csv(List.of("a", "b", "c", "d", "e", "f"))
            .row(
                Arrays.asList(
                    "=HYPERLINK(\"http://evil\",\"x\")",
                    "+1",
                    "-2+3",
                    "@SUM(A1)",
                    "\tcmd",
                    new BigDecimal("-1.5")))
            .row(Arrays.asList("a=b", -3, "", "ok", null, "无锡"))
            .bytes();

    assertThat(new String(csv, StandardCharsets.UTF_8))
        .isEqualTo(
            "a,b,c,d,e,f\r\n"
                + "\"'=HYPERLINK(\"\"http://evil\"\",\"\"x\"\")\",'+1,'-2+3,'@SUM(A1),'\tcmd,-1.5\r\n"
                + "a=b,-3,,ok,,无锡\r\n");
  }
}
