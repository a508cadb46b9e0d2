package org.tongchou.hub.testing;

import java.util.ArrayList;
import java.util.List;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/** What a hub's live read models hold, as text to compare: a replay must leave it as it was. */
public final class LiveReadModels {

  private LiveReadModels() {}

  /** Every processor's token (its bytes), and each read model's row count and digest. */
  public static List<String> state(ApplicationContext hub) {
    JdbcTemplate jdbc = hub.getBean(JdbcTemplate.class);
    List<String> state =
        new ArrayList<>(
            jdbc.queryForList(
                "SELECT processor_name || ':' || segment || ':' || "
                    + "encode(token, 'hex') FROM token_entry ORDER BY processor_name, segment",
                String.class));
    for (String table :
        List.of(
            "obligation_view",
            "obligation_tally",
            "residence_view",
            "birth_view",
            "conflict_view")) {
      state.add(
          table
              + ":"
              + jdbc.queryForObject(
                  "SELECT COUNT(*) || ':' || COALESCE(md5(string_agg(t::text, "
                      + "'|' ORDER BY t::text)), '') FROM "
                      + table
                      + " t",
                  String.class));
    }
    return state;
  }
}
