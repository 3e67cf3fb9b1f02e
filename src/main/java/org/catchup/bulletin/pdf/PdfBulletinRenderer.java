package org.catchup.bulletin.pdf;

import java.io.OutputStream;
import java.nio.file.Path;
import java.util.Map;

import net.sf.jasperreports.engine.JREmptyDataSource;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JRParameter;
import net.sf.jasperreports.engine.JasperFillManager;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.fill.JRSwapFileVirtualizer;
import net.sf.jasperreports.engine.util.JRSwapFile;
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

	/** Filled pages kept in memory; the others are in the swap file. */
	static final int PAGES_IN_MEMORY = 20;

	private static final int SWAP_BLOCK_BYTES = 64 * 1024;

	private static final int SWAP_GROWTH_BLOCKS = 64;

	/** As many teams below plan as a bulletin lists in full, unless told otherwise. */
	public static final int ROWS_PER_SECTION = 1000;

	private final ReportTemplates templates;

	private final int rowsPerSection;

	public PdfBulletinRenderer(Path templateDir) {
		this(templateDir, ROWS_PER_SECTION);
	}

	/**
	 * @param rowsPerSection with more teams below plan, the PDF lists the ones furthest behind
	 * (see {@link ListedRows}); the Excel bulletin lists every one
	 */
	public PdfBulletinRenderer(Path templateDir, int rowsPerSection) {
		this.templates = new ReportTemplates(templateDir);
		this.rowsPerSection = rowsPerSection;
	}

	/** The combine-wide bulletin in {@code texts}' language. */
	public void render(BulletinEdition edition, Texts texts, OutputStream out) {
		render(edition, null, texts, out);
	}

	/** An enterprise's bulletin: as {@link #render(BulletinEdition, Texts, OutputStream)}, plus all its teams. */
	public void render(BulletinEdition edition, EnterpriseTeams teams, Texts texts, OutputStream out) {
		Formats formats = new Formats(texts);
		Map<String, Object> parameters = new BulletinParameters(templates, formats, rowsPerSection).of(edition, teams);
		// filled pages beyond the first few wait in a swap file until the export writes them: a
		// country's bulletin runs to thousands of pages (the subreports share the virtualizer)
		JRSwapFileVirtualizer virtualizer = new JRSwapFileVirtualizer(PAGES_IN_MEMORY,
				new JRSwapFile(templates.context(), System.getProperty("java.io.tmpdir"), SWAP_BLOCK_BYTES,
						SWAP_GROWTH_BLOCKS),
				true);
		parameters.put(JRParameter.REPORT_VIRTUALIZER, virtualizer);
		try {
			JasperPrint print = JasperFillManager.getInstance(templates.context())
				.fill(templates.get("bulletin"), parameters,
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
		finally {
			virtualizer.cleanup();
		}
	}

	/** Templates compiled so far by this renderer. */
	int compilations() {
		return templates.compilations();
	}

}
