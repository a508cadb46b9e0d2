package org.tongchou.hub.workbench.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.tongchou.hub.access.app.CredentialStore;
import org.tongchou.hub.access.domain.Caller;
import org.tongchou.hub.access.domain.Credential;
import org.tongchou.hub.access.domain.Role;
import org.tongchou.hub.workbench.app.OfficeUser;

/**
 * Sign-in with a credential's token, entered once: an office's, the national office's or an
 * auditor's opens a session; a region's is refused with a page that says why.
 */
@ConditionalOnWebApplication
@Controller
class SignInController {

  private final CredentialStore credentials;
  private final SecurityContextRepository contexts;
  private final Duration idle;

  SignInController(
      CredentialStore credentials,
      SecurityContextRepository contexts,
      @Value("${tongchou.workbench.idle-timeout:30m}") Duration idle) {
    this.credentials = credentials;
    this.contexts = contexts;
    this.idle = idle;
  }

  @GetMapping("/workbench/sign-in")
  String form() {
    return "workbench/sign-in";
  }

  @GetMapping("/workbench/refused")
  String refused(HttpServletResponse response) {
    response.setStatus(HttpStatus.FORBIDDEN.value());
    return "workbench/refused";
  }

  @PostMapping("/workbench/sign-in")
  String signIn(
      @RequestParam(defaultValue = "") String token,
      HttpServletRequest request,
      HttpServletResponse response,
      Model model) {
    Optional<Caller> caller =
        token.isBlank()
            ? Optional.empty()
            : credentials.recognise(token.trim()).map(Credential::caller);
    if (caller.isEmpty()) {
      response.setStatus(HttpStatus.UNAUTHORIZED.value());
      model.addAttribute("unknown", true);
      return "workbench/sign-in";
    }
    if (caller.get().role() == Role.REGION) {
      response.setStatus(HttpStatus.FORBIDDEN.value());
      model.addAttribute("region", caller.get().jurisdiction());
      return "workbench/refused";
    }
    // A new session id at sign-in: a session fixed before it is worth nothing after.
    request.getSession(true);
    request.changeSessionId();
    request.getSession().setMaxInactiveInterval((int) idle.toSeconds());
    OfficeUser user = new OfficeUser(caller.get(), token.trim());
    SecurityContext context = SecurityContextHolder.createEmptyContext();
    context.setAuthentication(
        new UsernamePasswordAuthenticationToken(
            user, null, List.of(new SimpleGrantedAuthority("ROLE_" + caller.get().role().name()))));
    SecurityContextHolder.setContext(context);
    contexts.saveContext(context, request, response);
    return "redirect:/workbench/";
  }
}
