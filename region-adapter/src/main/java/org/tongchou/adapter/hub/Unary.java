package org.tongchou.adapter.hub;

import io.grpc.StatusRuntimeException;
import java.util.function.Supplier;

/** One unary call, its failure turned into what crossed the wire: a {@link HubCallException}. */
final class Unary {

  private Unary() {}

  static <T> T call(Supplier<T> rpc) throws HubCallException {
    try {
      return rpc.get();
    } catch (StatusRuntimeException e) {
      throw HubCallException.from(e);
    }
  }
}
