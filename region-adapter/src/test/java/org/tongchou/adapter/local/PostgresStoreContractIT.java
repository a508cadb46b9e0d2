package org.tongchou.adapter.local;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.tongchou.adapter.config.AdapterConfig;
import org.tongchou.hub.testing.TestHub;

/** The store contract on the region's PostgreSQL: the real database the tests run on. */
class PostgresStoreContractIT extends RegionStoreContract {

  private String schema;
  private String url;

  @Override
  protected RegionStore freshStore() throws Exception {
    schema = "contract_" + UUID.randomUUID().toString().substring(0, 8);
    url = TestHub.POSTGRES_URL + "?currentSchema=" + schema;
    RegionStore store = PostgresStore.of(new AdapterConfig.LocalDb(url, "tongchou", "tongchou"));
    store.connect().close(); // creates the tables, as init-db does
    return store;
  }

  @Override
  protected void regionWrites(List<String> facts) throws Exception {
    try (Connection c = DriverManager.getConnection(url, "tongchou", "tongchou");
        PreparedStatement insert =
            c.prepareStatement("INSERT INTO tongchou_outbox (fact) VALUES (CAST(? AS jsonb))")) {
      for (String fact : facts) {
        insert.setString(1, fact);
        insert.executeUpdate();
      }
    }
  }

  @Override
  protected List<Long> inboxPositions() throws Exception {
    List<Long> positions = new ArrayList<>();
    try (Connection c = DriverManager.getConnection(url, "tongchou", "tongchou");
        Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery("SELECT feed_position FROM tongchou_inbox ORDER BY feed_position")) {
      while (rs.next()) {
        positions.add(rs.getLong(1));
      }
    }
    return positions;
  }

  @Override
  protected void dropStore() throws Exception {
    try (Connection c = DriverManager.getConnection(TestHub.POSTGRES_URL, "tongchou", "tongchou");
        Statement s = c.createStatement()) {
      s.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
    }
  }
}
