package org.tongchou.hub.workbench.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.security.cert.X509Certificate;
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
import org.tongchou.hub.access.app.ClientCertificates;
import org.tongchou.hub.access.app.CredentialStore;
import org.tongchou.hub.access.domain.Caller;
import org.tongchou.hub.access.domain.Credential;
import org.tongchou.hub.access.domain.Role;
import org.tongchou.hub.workbench.app.OfficeUser;

/**
 * Sign-in with a credential's token, entered once, or with the browser's client certificate where
 * the HTTP port has TLS: an office's, the national office's or an auditor's opens a session; a
 * region's, or a revoked, expired or unknown certificate, is refused with a page that says why.
 */
@ConditionalOnWebApplication
@Controller
class SignInController {

  private final CredentialStore credentials;
  private final ClientCertificates certificates;
  private final SecurityContextRepository contexts;
  private final Duration idle;

  SignInController(
      CredentialStore credentials,
      ClientCertificates certificates,
      SecurityContextRepository contexts,
      @Value("${tongchou.workbench.idle-timeout:30m}") Duration idle) {
    this.credentials = credentials;
    this.certificates = certificates;
    this.contexts = contexts;
    this.idle = idle;
  }

  @GetMapping("/workbench/sign-in")
  String form(HttpServletRequest request, Model model) {
    // Offered only when the browser presented a certificate in the TLS handshake.
    clientCertificate(request)
        .ifPresent(c -> model.addAttribute("certificate", c.getSubjectX500Principal().getName()));
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
      return form(request, model);
    }
    return open(
        new OfficeUser(caller.get(), new OfficeUser.Token(token.trim())), request, response, model);
  }

  /**
   * Sign-in by the client certificate of the TLS handshake (the HTTP port with the hub's CA,
   * docs/WORKBENCH.md): recognised by the gRPC port's own rule ({@link ClientCertificates}), and a
   * session like a token's.
   */
  @PostMapping("/workbench/sign-in/certificate")
  String signInByCertificate(
      HttpServletRequest request, HttpServletResponse response, Model model) {
    Optional<X509Certificate> certificate = clientCertificate(request);
    if (certificate.isEmpty()) {
      response.setStatus(HttpStatus.UNAUTHORIZED.value());
      model.addAttribute("noCertificate", true);
      return form(request, model);
    }
    ClientCertificates.Recognition recognised = certificates.recognise(certificate.get());
    return switch (recognised.standing()) {
      case VALID ->
          open(
              new OfficeUser(
                  recognised.credential().caller(), new OfficeUser.Certificate(certificate.get())),
              request,
              response,
              model);
      case REVOKED, EXPIRED, UNKNOWN -> {
        response.setStatus(HttpStatus.FORBIDDEN.value());
        model.addAttribute("standing", recognised.standing().name());
        model.addAttribute("serial", certificate.get().getSerialNumber().toString(16));
        model.addAttribute("expiresAt", certificate.get().getNotAfter().toInstant());
        yield "workbench/refused";
      }
    };
  }

  /** A session for an office, the national office or an auditor; a region is refused. */
  private String open(
      OfficeUser user, HttpServletRequest request, HttpServletResponse response, Model model) {
    Caller caller = user.caller();
    if (caller.role() == Role.REGION) {
      response.setStatus(HttpStatus.FORBIDDEN.value());
      model.addAttribute("region", caller.jurisdiction());
      return "workbench/refused";
    }
    // A new session id at sign-in: a session fixed before it is worth nothing after.
    request.getSession(true);
    request.changeSessionId();
    request.getSession().setMaxInactiveInterval((int) idle.toSeconds());
    SecurityContext context = SecurityContextHolder.createEmptyContext();
    context.setAuthentication(
        new UsernamePasswordAuthenticationToken(
            user, null, List.of(new SimpleGrantedAuthority("ROLE_" + caller.role().name()))));
    SecurityContextHolder.setContext(context);
    contexts.saveContext(context, request, response);
    return "redirect:/workbench/";
  }

  /** The client certificate the servlet container verified in the TLS handshake, if any. */
  private static Optional<X509Certificate> clientCertificate(HttpServletRequest request) {
    Object chain = request.getAttribute("jakarta.servlet.request.X509Certificate");
    return chain instanceof X509Certificate[] certificates && certificates.length > 0
        ? Optional.of(certificates[0])
        : Optional.empty();
  }
}
