package org.catchup.bulletin.pdf;

import java.io.OutputStream;
import java.nio.file.Path;

import net.sf.jasperreports.engine.JREmptyDataSource;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperFillManager;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.export.SimpleExporterInput;
import net.sf.jasperreports.export.SimpleOutputStreamExporterOutput;
import net.sf.jasperreports.pdf.JRPdfExporter;
import net.sf.jasperreports.pdf.SimplePdfExporterConfiguration;
import org.catchup.bulletin.BulletinEdition;
import org.catchup.bulletin.EnterpriseTeams;
import org.catchup.i18n.Texts;

/**
 * Renders the PDF bulletin (SPEC §7) from the templates in {@code report-templates/}. One
 * instance compiles each template once and may be shared by concurrent renderings. Charts are
 * drawn with AWT, so the JVM must run headless on a server (Spring Boot sets
 * {@code java.awt.headless=true} by default).
 */
public class PdfBulletinRenderer {

	private final ReportTemplates templates;

	public PdfBulletinRenderer(Path templateDir) {
		this.templates = new ReportTemplates(templateDir);
	}

	/** The combine-wide bulletin in {@code texts}' language. */
	public void render(BulletinEdition edition, Texts texts, OutputStream out) {
		render(edition, null, texts, out);
	}

	/** An enterprise's bulletin: as {@link #render(BulletinEdition, Texts, OutputStream)}, plus all its teams. */
	public void render(BulletinEdition edition, EnterpriseTeams teams, Texts texts, OutputStream out) {
		Formats formats = new Formats(texts);
		try {
			JasperPrint print = JasperFillManager.getInstance(templates.context())
				.fill(templates.get("bulletin"), new BulletinParameters(templates, formats).of(edition, teams),
						// one record: each detail band holds one section and must print exactly once
						new JREmptyDataSource(1));
			JRPdfExporter exporter = new JRPdfExporter(templates.context());
			exporter.setExporterInput(new SimpleExporterInput(print));
			exporter.setExporterOutput(new SimpleOutputStreamExporterOutput(out));
			SimplePdfExporterConfiguration configuration = new SimplePdfExporterConfiguration();
			configuration.setMetadataTitle(templates.words(texts.locale()).getString("bulletin.title") + " "
					+ formats.month(edition.figures().month()));
			configuration.setMetadataCreator("Catch-Up");
			exporter.setConfiguration(configuration);
			exporter.exportReport();
		}
		catch (JRException ex) {
			throw new IllegalStateException("Could not render the PDF bulletin: " + ex.getMessage(), ex);
		}
	}

	/** Templates compiled so far by this renderer. */
	int compilations() {
		return templates.compilations();
	}

}
