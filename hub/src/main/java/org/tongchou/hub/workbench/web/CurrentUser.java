package org.tongchou.hub.workbench.web;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.tongchou.hub.workbench.app.OfficeUser;

/** Every page's header names who is signed in and offers the acts only to an office. */
@ConditionalOnWebApplication
@ControllerAdvice(basePackageClasses = CurrentUser.class)
class CurrentUser {

  @ModelAttribute("user")
  OfficeUser user(@AuthenticationPrincipal OfficeUser user) {
    return user;
  }

  /** This page again in Chinese. */
  @ModelAttribute("inChinese")
  String inChinese() {
    return ServletUriComponentsBuilder.fromCurrentRequest()
        .replaceQueryParam("lang", "zh_CN")
        .build()
        .toUriString();
  }

  /** This page again in English. */
  @ModelAttribute("inEnglish")
  String inEnglish() {
    return ServletUriComponentsBuilder.fromCurrentRequest()
        .replaceQueryParam("lang", "en")
        .build()
        .toUriString();
  }
}
