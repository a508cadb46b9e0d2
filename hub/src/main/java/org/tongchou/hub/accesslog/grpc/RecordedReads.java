package org.tongchou.hub.accesslog.grpc;

import com.google.protobuf.Any;
import com.google.protobuf.InvalidProtocolBufferException;
import com.google.rpc.ErrorInfo;
import com.google.rpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.protobuf.StatusProto;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;
import org.tongchou.hub.access.domain.Caller;
import org.tongchou.hub.access.domain.PrintableText;
import org.tongchou.hub.access.grpc.RegionScope;
import org.tongchou.hub.accesslog.app.AccessLog;

/**
 * Runs a read of personal data so that it is in the access log before it is answered: the answer is
 * computed, the entry committed, and only then may the caller send the answer. A refusal (a {@link
 * StatusRuntimeException} from the read) is logged as {@code refused:REASON} and passed on. When
 * the entry cannot be committed the read fails and nothing is sent.
 */
@Component
public class RecordedReads {

  /** The longest purpose kept, in characters. */
  public static final int MAX_PURPOSE = 1_000;

  /**
   * What a read is about, collected while it runs (a refused read may have learnt some already).
   */
  public static final class Subjects {
    private final Set<String> subjects = new LinkedHashSet<>();

    public void add(String subject) {
      if (subject != null && !subject.isEmpty()) {
        subjects.add(subject);
      }
    }

    List<String> list() {
      return new ArrayList<>(subjects);
    }
  }

  private final AccessLog log;

  RecordedReads(AccessLog log) {
    this.log = log;
  }

  /**
   * The answer of {@code read}, once logged under {@code action} (the rpc, {@code Service.Method}).
   * A purpose over {@link #MAX_PURPOSE} characters is refused before anything is read or logged.
   */
  public <T> T answer(Caller caller, String action, String purpose, Function<Subjects, T> read) {
    if (purpose.length() > MAX_PURPOSE) {
      throw RegionScope.invalid("purpose", "at most " + MAX_PURPOSE + " characters");
    }
    int control = PrintableText.firstControl(purpose);
    if (control >= 0) {
      // A newline or an escape sequence in the log would forge lines on an auditor's terminal.
      throw RegionScope.invalid(
          "purpose", "no control characters (one at position " + control + ")");
    }
    Subjects subjects = new Subjects();
    T answer;
    try {
      answer = read.apply(subjects);
    } catch (StatusRuntimeException refusal) {
      log.refused(caller, action, subjects.list(), purpose, reasonOf(refusal));
      throw refusal;
    }
    log.record(caller, action, subjects.list(), purpose);
    return answer;
  }

  /**
   * An act (not a read) on {@code subject}: when it is refused because the caller may not (
   * PERMISSION_DENIED: not its role, outside its jurisdiction), the attempt is logged as {@code
   * refused:REASON} under {@code action} and the refusal passed on (docs/ACCESS.md). Acts that go
   * through are not reads and leave the access log alone: their own events record who acted.
   */
  public <T> T act(Caller caller, String action, String subject, Supplier<T> act) {
    try {
      return act.get();
    } catch (StatusRuntimeException refusal) {
      if (refusal.getStatus().getCode() == io.grpc.Status.Code.PERMISSION_DENIED) {
        log.refused(caller, action, List.of(subject), "", reasonOf(refusal));
      }
      throw refusal;
    }
  }

  /** The refusal's ErrorInfo reason, or its status code when it carries none. */
  static String reasonOf(StatusRuntimeException refusal) {
    Status status = StatusProto.fromThrowable(refusal);
    if (status != null) {
      for (Any detail : status.getDetailsList()) {
        if (detail.is(ErrorInfo.class)) {
          try {
            return detail.unpack(ErrorInfo.class).getReason();
          } catch (InvalidProtocolBufferException e) {
            break;
          }
        }
      }
    }
    return refusal.getStatus().getCode().name();
  }
}
