package org.tongchou.hub.platform.grpc;

import io.grpc.ForwardingServerCallListener.SimpleForwardingServerCallListener;
import io.grpc.Metadata;
import io.grpc.ServerCall;
import io.grpc.ServerCallHandler;
import io.grpc.ServerInterceptor;
import io.grpc.StatusRuntimeException;

/**
 * The last line of defence: an exception no service turned into a status would reach the client as
 * a bare UNKNOWN. Here it becomes UNAVAILABLE (storage unreachable: retry later) or INTERNAL,
 * always with an ErrorInfo, and is logged with its stack trace for the operator.
 */
public class UnexpectedErrorInterceptor implements ServerInterceptor {

  @Override
  public <Q, R> ServerCall.Listener<Q> interceptCall(
      ServerCall<Q, R> call, Metadata headers, ServerCallHandler<Q, R> next) {
    ServerCall.Listener<Q> listener;
    try {
      listener = next.startCall(call, headers);
    } catch (RuntimeException e) {
      fail(call, e);
      return new ServerCall.Listener<>() {};
    }
    return new SimpleForwardingServerCallListener<>(listener) {
      @Override
      public void onMessage(Q message) {
        guard(() -> super.onMessage(message));
      }

      @Override
      public void onHalfClose() {
        guard(super::onHalfClose);
      }

      @Override
      public void onReady() {
        // A stream that sends under flow control does its work here too (Evidence.Export).
        guard(super::onReady);
      }

      private void guard(Runnable step) {
        try {
          step.run();
        } catch (RuntimeException e) {
          fail(call, e);
        }
      }
    };
  }

  private static void fail(ServerCall<?, ?> call, RuntimeException e) {
    try {
      if (e instanceof StatusRuntimeException refusal) {
        // A service's own refusal, thrown on purpose: it leaves with its code and details.
        GrpcErrors.close(call, refusal);
        return;
      }
      GrpcErrors.close(
          call, GrpcErrors.unexpected(call.getMethodDescriptor().getFullMethodName(), e));
    } catch (IllegalStateException alreadyClosed) {
      // the service closed the call before failing; the client already has its answer
    }
  }
}
