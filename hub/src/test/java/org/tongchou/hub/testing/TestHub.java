package org.tongchou.hub.testing;

import org.springframework.context.ApplicationContext;
import org.tongchou.hub.access.app.CredentialStore;
import org.tongchou.hub.platform.grpc.GrpcServer;

/** Settings and handles shared by the tests that run the whole hub. */
public final class TestHub {

    public static final String POSTGRES_URL = "jdbc:postgresql://127.0.0.1:5432/tongchou_test";
    public static final String PERSON_KEY_SECRET = "test-secret-not-for-production";

    private TestHub() {
    }

    public static int grpcPort(ApplicationContext context) {
        return context.getBean(GrpcServer.class).port();
    }

    public static HubClient clientFor(ApplicationContext context, String jurisdiction) {
        String token = context.getBean(CredentialStore.class).issue(jurisdiction, "test-" + jurisdiction);
        return new HubClient(grpcPort(context), token);
    }
}
