package org.catchup.bulletin.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

class ReportTemplatesTests {

	private static final Path TEMPLATES = Path.of("report-templates");

	@Test
	void everyTemplateCompiles() throws IOException {
		List<String> names;
		try (Stream<Path> files = Files.list(TEMPLATES)) {
			names = files.map(file -> file.getFileName().toString())
				.filter(name -> name.endsWith(".jrxml"))
				.map(name -> name.substring(0, name.length() - ".jrxml".length()))
				.sorted()
				.toList();
		}
		assertThat(names).contains("bulletin", "ranking", "fulfilment", "teams", "laggards", "pioneers", "pairs",
				"submissions", "warnings");
		ReportTemplates templates = new ReportTemplates(TEMPLATES);
		for (String name : names) {
			assertThatCode(() -> templates.get(name)).as(name).doesNotThrowAnyException();
		}
		assertThat(templates.compilations()).isEqualTo(names.size());
	}

	@Test
	void aTemplateIsCompiledOnlyOnce() {
		ReportTemplates templates = new ReportTemplates(TEMPLATES);
		assertThat(templates.get("ranking")).isSameAs(templates.get("ranking"));
		assertThat(templates.compilations()).isEqualTo(1);
	}

}
