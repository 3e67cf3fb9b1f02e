package org.catchup.web;

import org.catchup.web.security.CatchUpUser;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.util.unit.DataSize;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** What every page needs: the signed-in user for the menu; and a readable answer to an oversized upload. */
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

	@ExceptionHandler(MaxUploadSizeExceededException.class)
	String tooLarge(RedirectAttributes redirect) {
		redirect.addFlashAttribute("message", "That file is larger than uploads may be: up to "
				+ maxUpload.toMegabytes() + " MB are accepted.");
		return "redirect:/submissions";
	}

}
