package org.tongchou.hub.workbench.web;

import io.grpc.StatusRuntimeException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.util.WebUtils;
import org.tongchou.hub.workbench.app.ActKeys;

/**
 * The act forms' common part: each render's idempotency key ({@code ${@actForms.key()}} in a
 * template, the hidden field {@code actKey}), running an act once per key, and turning the RPC's
 * refusal of a form into the errors shown next to its fields.
 */
@ConditionalOnWebApplication
@Component("actForms")
class ActForms {

  static final String KEYS = ActKeys.class.getName();

  /** A submitted form that the RPC refused: what was entered and what is wrong, field by field. */
  record Refused(
      String act,
      String target,
      Map<String, String> values,
      Map<String, String> fields,
      String code,
      String message) {

    /** The error of {@code field} as the refusal names it, or null. */
    public String error(String field) {
      return fields.get(field);
    }

    /** Whether this refusal belongs to the form of {@code act} about {@code target}. */
    public boolean of(String act, String target) {
      return this.act.equals(act) && this.target.equals(target);
    }

    /** What was entered in {@code field}. */
    public String value(String field) {
      return values.getOrDefault(field, "");
    }
  }

  /** A new idempotency key for one render of one form of the current session. */
  public String key() {
    HttpServletRequest request =
        ((ServletRequestAttributes) RequestContextHolder.currentRequestAttributes()).getRequest();
    return keys(request.getSession()).issue();
  }

  /** The session's key book, made on first use. */
  static ActKeys keys(HttpSession session) {
    synchronized (WebUtils.getSessionMutex(session)) {
      ActKeys keys = (ActKeys) session.getAttribute(KEYS);
      if (keys == null) {
        keys = new ActKeys();
        session.setAttribute(KEYS, keys);
      }
      return keys;
    }
  }

  /** Runs {@code act} once for {@code key} in this session: see {@link ActKeys#once}. */
  private static String once(HttpSession session, String key, Supplier<String> act) {
    return keys(session).once(key, act);
  }

  /**
   * A form that acts: which act, on what, and the values it was sent with (shown again beside a
   * refusal).
   */
  record Form(String act, String target, Map<String, String> values) {}

  /**
   * Every act of the workbench: runs {@code act} {@link #once} for {@code key}; a refusal to show
   * on the form ({@link #onForm}) is rendered by {@code page}, any other goes to the refusal page.
   */
  static String act(
      HttpSession session,
      String key,
      Form form,
      HttpServletResponse response,
      Supplier<String> act,
      Function<Refused, String> page) {
    try {
      return once(session, key, act);
    } catch (StatusRuntimeException refusal) {
      return page.apply(onForm(refusal, form, response));
    }
  }

  /**
   * A refusal to show on the form (a bad or stale field, a precondition), with the HTTP status set;
   * a refusal that is about who may act (PERMISSION_DENIED, NOT_FOUND, ...) is rethrown for the
   * refusal page.
   */
  private static Refused onForm(
      StatusRuntimeException refusal, Form form, HttpServletResponse response) {
    switch (refusal.getStatus().getCode()) {
      case INVALID_ARGUMENT, FAILED_PRECONDITION, OUT_OF_RANGE, ALREADY_EXISTS, ABORTED -> {
        Map<String, String> fields = new LinkedHashMap<>();
        for (WorkbenchRefusals.Violation v : WorkbenchRefusals.violations(refusal)) {
          fields.merge(v.field(), v.description(), (a, b) -> a + "; " + b);
        }
        response.setStatus(WorkbenchRefusals.httpStatus(refusal).value());
        return new Refused(
            form.act(),
            form.target(),
            form.values(),
            fields,
            refusal.getStatus().getCode().name(),
            refusal.getStatus().getDescription());
      }
      default -> throw refusal;
    }
  }
}
