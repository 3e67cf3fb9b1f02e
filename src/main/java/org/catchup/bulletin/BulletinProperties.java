package org.catchup.bulletin;

import org.catchup.bulletin.pdf.PdfBulletinRenderer;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How the bulletins are rendered.
 *
 * @param pdfRowsPerSection with more teams below plan than this, the PDF lists the ones furthest
 * behind in its team sections and says so (a country's bulletin); the Excel bulletin lists every
 * one. 0 or less: the default, {@value PdfBulletinRenderer#ROWS_PER_SECTION}
 */
@ConfigurationProperties("catchup.bulletin")
public record BulletinProperties(int pdfRowsPerSection) {

	public BulletinProperties {
		pdfRowsPerSection = pdfRowsPerSection > 0 ? pdfRowsPerSection : PdfBulletinRenderer.ROWS_PER_SECTION;
	}

}
