package org.catchup.web;

import org.catchup.web.security.CatchUpUser;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.util.unit.DataSize;

/** What every page needs: the signed-in user for the menu and the upload limit. */
@ControllerAdvice
class PageAdvice {

	private final DataSize maxUpload;

	PageAdvice(@Value("${spring.servlet.multipart.max-file-size:1MB}") DataSize maxUpload) {
		this.maxUpload = maxUpload;
	}

	/** Lets upload forms refuse an oversized file in the browser, before it is sent. */
	@ModelAttribute("maxUploadBytes")
	long maxUploadBytes() {
		return maxUpload.toBytes();
	}

	@ModelAttribute
	void currentUser(@AuthenticationPrincipal CatchUpUser user, Model model) {
		model.addAttribute("me", user);
	}

}
