package org.tongchou.hub.workbench.config;

import java.util.Locale;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * Chinese first, English on request ({@code ?lang=en}, kept in a cookie): every label of the
 * workbench is in {@code workbench/messages.properties} (Chinese) and {@code messages_en}.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class WorkbenchLanguages implements WebMvcConfigurer {

  @Bean
  MessageSource messageSource() {
    ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
    messages.setBasename("workbench/messages");
    messages.setDefaultEncoding("UTF-8");
    // The machine's own language must not decide: an unlisted language gets Chinese.
    messages.setFallbackToSystemLocale(false);
    return messages;
  }

  @Bean
  LocaleResolver localeResolver() {
    // A cookie, not the session: the language outlives a sign-out and shows on the sign-in page.
    CookieLocaleResolver resolver = new CookieLocaleResolver("tongchou-workbench-lang");
    resolver.setDefaultLocale(Locale.SIMPLIFIED_CHINESE);
    resolver.setCookiePath("/workbench");
    resolver.setCookieHttpOnly(true);
    return resolver;
  }

  @Override
  public void addInterceptors(InterceptorRegistry registry) {
    LocaleChangeInterceptor change = new LocaleChangeInterceptor();
    change.setParamName("lang");
    registry.addInterceptor(change).addPathPatterns("/workbench/**");
  }
}
