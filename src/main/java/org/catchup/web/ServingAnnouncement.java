package org.catchup.web;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.stereotype.Component;

/** Says where to point the browser once the server listens. */
@Component
class ServingAnnouncement implements ApplicationListener<WebServerInitializedEvent> {

	private static final Logger log = LoggerFactory.getLogger(ServingAnnouncement.class);

	@Override
	public void onApplicationEvent(WebServerInitializedEvent event) {
		log.info("Catch-Up is serving on http://localhost:{}/", event.getWebServer().getPort());
	}

}
