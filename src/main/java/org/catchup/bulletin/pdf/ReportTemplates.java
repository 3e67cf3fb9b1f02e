package org.catchup.bulletin.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import net.sf.jasperreports.engine.DefaultJasperReportsContext;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperCompileManager;
import net.sf.jasperreports.engine.JasperReport;
import net.sf.jasperreports.engine.JasperReportsContext;
import net.sf.jasperreports.engine.SimpleJasperReportsContext;
import net.sf.jasperreports.engine.util.JRResourcesUtil;
import net.sf.jasperreports.repo.FileRepositoryPersistenceServiceFactory;
import net.sf.jasperreports.repo.FileRepositoryService;
import net.sf.jasperreports.repo.PersistenceServiceFactory;
import net.sf.jasperreports.repo.RepositoryService;

/**
 * The bulletin's .jrxml templates, read from a directory (not the classpath, so they can be
 * changed without a build) and compiled at most once per instance: compiling costs seconds,
 * filling milliseconds. Safe for concurrent use.
 */
final class ReportTemplates {

	/** The templates' resource bundle, named by their {@code resourceBundle} attribute. */
	static final String BUNDLE = "bulletin";

	private final Path directory;

	private final SimpleJasperReportsContext context;

	private final Map<String, JasperReport> compiled = new ConcurrentHashMap<>();

	private final AtomicInteger compilations = new AtomicInteger();

	ReportTemplates(Path directory) {
		this.directory = directory.toAbsolutePath();
		this.context = new SimpleJasperReportsContext();
		// the directory comes first so "catchup.jrtx" resolves there; the default services stay
		// behind it because the font extension loads its .ttf files through them
		List<RepositoryService> services = new ArrayList<>();
		services.add(new FileRepositoryService(context, this.directory.toString(), false));
		services.addAll(DefaultJasperReportsContext.getInstance().getExtensions(RepositoryService.class));
		context.setExtensions(RepositoryService.class, services);
		// a file repository needs its persistence factory, which the default context does not register
		List<PersistenceServiceFactory> factories = new ArrayList<>();
		factories.add(FileRepositoryPersistenceServiceFactory.getInstance());
		factories.addAll(DefaultJasperReportsContext.getInstance().getExtensions(PersistenceServiceFactory.class));
		context.setExtensions(PersistenceServiceFactory.class, factories);
	}

	/** The compiled template {@code name}.jrxml, compiling it on first use. */
	JasperReport get(String name) {
		return compiled.computeIfAbsent(name, this::compile);
	}

	/** The context to fill and export with, so styles resolve against the template directory. */
	JasperReportsContext context() {
		return context;
	}

	/**
	 * The templates' own words in a language ({@code bulletin.properties}, {@code bulletin_de.properties}
	 * beside the templates), as JasperReports finds them for {@code $R{...}}.
	 */
	ResourceBundle words(Locale locale) {
		return JRResourcesUtil.loadResourceBundle(context, BUNDLE, locale);
	}

	/** How many templates this instance has compiled; lets tests see the cache work. */
	int compilations() {
		return compilations.get();
	}

	private JasperReport compile(String name) {
		Path file = directory.resolve(name + ".jrxml");
		try (InputStream in = Files.newInputStream(file)) {
			compilations.incrementAndGet();
			return JasperCompileManager.getInstance(context).compile(in);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read report template " + file, ex);
		}
		catch (JRException ex) {
			throw new IllegalStateException("Cannot compile report template " + file + ": " + ex.getMessage(), ex);
		}
	}

}
