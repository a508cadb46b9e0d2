package org.tongchou.hub.access.grpc;

import io.grpc.ForwardingServerCall;
import io.grpc.ForwardingServerCallListener;
import io.grpc.Metadata;
import io.grpc.ServerCall;
import io.grpc.Status;

/**
 * A call whose credential may stop being valid while it is open (a feed, an export): {@link #end}
 * closes it from another thread with the credential's verdict. grpc-java's ServerCall is not
 * thread-safe, so every method that writes to it is serialised here, and whatever the service sends
 * after the end is dropped. The service learns of the end as of a cancellation: its cancel handler
 * runs and {@code isCancelled()} turns true, which is how feeds and exports already stop.
 */
final class WatchedCall<Q, R> extends ForwardingServerCall.SimpleForwardingServerCall<Q, R> {

  private boolean closed;
  private volatile boolean ended;

  WatchedCall(ServerCall<Q, R> call) {
    super(call);
  }

  /** Ends the call with {@code status} unless it has ended already; true if this ended it. */
  synchronized boolean end(Status status, Metadata trailers) {
    if (closed) {
      return false;
    }
    closed = true;
    ended = true;
    super.close(status, trailers);
    return true;
  }

  @Override
  public synchronized void sendHeaders(Metadata headers) {
    if (!closed) {
      super.sendHeaders(headers);
    }
  }

  @Override
  public synchronized void sendMessage(R message) {
    if (!closed) {
      super.sendMessage(message);
    }
  }

  @Override
  public synchronized void close(Status status, Metadata trailers) {
    if (!closed) {
      closed = true;
      super.close(status, trailers);
    }
  }

  @Override
  public boolean isReady() {
    return !ended && super.isReady();
  }

  @Override
  public boolean isCancelled() {
    return ended || super.isCancelled();
  }

  /**
   * The service's listener, told of an end by {@link #end} as of a cancellation, and nothing the
   * client sends after it; {@code done} runs once the call is over, however it ends.
   */
  ServerCall.Listener<Q> listen(ServerCall.Listener<Q> service, Runnable done) {
    return new ForwardingServerCallListener.SimpleForwardingServerCallListener<>(service) {
      @Override
      public void onMessage(Q message) {
        if (!ended) {
          super.onMessage(message);
        }
      }

      @Override
      public void onHalfClose() {
        if (!ended) {
          super.onHalfClose();
        }
      }

      @Override
      public void onComplete() {
        done.run();
        if (ended) {
          super.onCancel();
        } else {
          super.onComplete();
        }
      }

      @Override
      public void onCancel() {
        done.run();
        super.onCancel();
      }
    };
  }
}
