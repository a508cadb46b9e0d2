package org.tongchou.adapter.hub;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** Tests of the adapter's hub client against an in-process fake hub: one of each per test. */
abstract class InProcessHubTest {

  FakeHub hub;
  HubClient client;

  @BeforeEach
  void startHub() throws Exception {
    hub = FakeHub.inProcess();
    client = hub.client(FakeHub.TOKEN);
  }

  @AfterEach
  void stopHub() throws Exception {
    client.close();
    hub.close();
  }
}
