package org.tongchou.hub.workbench.config;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.web.servlet.ServletContextInitializer;
import org.springframework.boot.web.servlet.server.CookieSameSiteSupplier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderNotFoundException;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;

/**
 * Spring Security for the workbench's paths only: actuator and the gRPC server are not behind it.
 * Sign-in is the workbench's own form (a token, or the client certificate of the TLS handshake; see
 * {@code SignInController}); the session is kept server-side, its cookie HttpOnly, SameSite=Strict
 * and Secure when the HTTP port has TLS; every form carries a CSRF token; only offices act,
 * auditors read.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
@EnableWebSecurity
class WorkbenchSecurity {

  static final String SIGN_IN = "/workbench/sign-in";

  @Bean
  SecurityContextRepository workbenchContexts() {
    return new HttpSessionSecurityContextRepository();
  }

  @Bean
  SecurityFilterChain workbench(HttpSecurity http, SecurityContextRepository contexts)
      throws Exception {
    http.securityMatcher("/workbench/**")
        .securityContext(c -> c.securityContextRepository(contexts))
        .authorizeHttpRequests(
            a ->
                a.requestMatchers(
                        SIGN_IN,
                        SIGN_IN + "/certificate",
                        "/workbench/refused",
                        "/workbench/assets/**")
                    .permitAll()
                    .requestMatchers(HttpMethod.POST, "/workbench/acts/**")
                    .hasRole("OFFICE")
                    .anyRequest()
                    .hasAnyRole("OFFICE", "AUDITOR"))
        .exceptionHandling(
            e -> e.authenticationEntryPoint(new LoginUrlAuthenticationEntryPoint(SIGN_IN)))
        .logout(
            l ->
                l.logoutUrl("/workbench/sign-out")
                    .logoutSuccessUrl(SIGN_IN + "?signedOut")
                    .deleteCookies("JSESSIONID"))
        .headers(
            h ->
                h.contentSecurityPolicy(
                    c ->
                        // Scripts only from the hub itself (webjars and the workbench's file):
                        // an injected <script> would not run even if it escaped escaping.
                        c.policyDirectives(
                            "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline';"
                                + " img-src 'self' data:; frame-ancestors 'none'; form-action 'self'")));
    return http.build();
  }

  /**
   * No user store: the workbench signs in with its own form against the credential store. This bean
   * also keeps Boot from generating a default user and printing its password.
   */
  @Bean
  AuthenticationManager noOtherSignIn() {
    return authentication -> {
      throw new ProviderNotFoundException("the workbench signs in at " + SIGN_IN);
    };
  }

  /** Every cookie of the hub's HTTP port (only the session's exists) is SameSite=Strict. */
  @Bean
  CookieSameSiteSupplier strictCookies() {
    return CookieSameSiteSupplier.ofStrict();
  }

  /** The session cookie: never readable by scripts, and Secure whenever the HTTP port has TLS. */
  @Bean
  ServletContextInitializer sessionCookie(@Value("${server.ssl.enabled:false}") boolean tls) {
    return context -> {
      context.getSessionCookieConfig().setHttpOnly(true);
      context.getSessionCookieConfig().setSecure(tls);
    };
  }
}
