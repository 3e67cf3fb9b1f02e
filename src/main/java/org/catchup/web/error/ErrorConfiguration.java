package org.catchup.web.error;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.unit.DataSize;

@Configuration(proxyBeanMethods = false)
class ErrorConfiguration {

	@Bean
	Problems problems(@Value("${spring.servlet.multipart.max-file-size:1MB}") DataSize maxUpload,
			MessageSource messages) {
		return new Problems(maxUpload, messages);
	}

}
