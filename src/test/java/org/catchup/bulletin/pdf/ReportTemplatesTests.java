package org.catchup.bulletin.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

import net.sf.jasperreports.engine.JasperReport;
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
	void concurrentRenderingsShareOneCompilation() throws Exception {
		ReportTemplates templates = new ReportTemplates(TEMPLATES);
		ExecutorService pool = Executors.newFixedThreadPool(4);
		try {
			List<Future<JasperReport>> results = new ArrayList<>();
			for (int i = 0; i < 8; i++) {
				results.add(pool.submit(() -> templates.get("teams")));
			}
			JasperReport first = results.get(0).get();
			for (Future<JasperReport> result : results) {
				assertThat(result.get()).isSameAs(first);
			}
		}
		finally {
			pool.shutdown();
		}
		assertThat(templates.compilations()).isEqualTo(1);
	}

	@Test
	void aTemplateIsCompiledOnlyOnce() {
		ReportTemplates templates = new ReportTemplates(TEMPLATES);
		assertThat(templates.get("ranking")).isSameAs(templates.get("ranking"));
		assertThat(templates.compilations()).isEqualTo(1);
	}

}
