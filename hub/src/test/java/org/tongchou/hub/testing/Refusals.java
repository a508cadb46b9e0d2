package org.tongchou.hub.testing;

import com.google.protobuf.Any;
import com.google.protobuf.InvalidProtocolBufferException;
import com.google.rpc.BadRequest;
import com.google.rpc.ErrorInfo;
import java.util.List;

/** Reads the details of a google.rpc.Status the way a region's software would. */
public final class Refusals {

  private Refusals() {}

  public static List<String> fields(com.google.rpc.Status status) {
    return unpack(status, BadRequest.class).stream()
        .flatMap(b -> b.getFieldViolationsList().stream())
        .map(BadRequest.FieldViolation::getField)
        .toList();
  }

  public static ErrorInfo errorInfo(com.google.rpc.Status status) {
    return unpack(status, ErrorInfo.class).get(0);
  }

  private static <T extends com.google.protobuf.Message> List<T> unpack(
      com.google.rpc.Status status, Class<T> type) {
    return status.getDetailsList().stream()
        .filter(a -> a.is(type))
        .map(
            a -> {
              try {
                return a.unpack(type);
              } catch (InvalidProtocolBufferException e) {
                throw new IllegalStateException(e);
              }
            })
        .toList();
  }

  static Any any(com.google.protobuf.Message m) {
    return Any.pack(m);
  }
}
