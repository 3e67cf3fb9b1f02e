package org.catchup.system;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where Catch-Up keeps its files and the business limits it applies; see
 * application.properties for the environment variables behind each.
 *
 * @param dataDir the root of the embedded database and the default folders
 * @param inbox submissions waiting for the nightly consolidation
 * @param archive loaded (and already-seen) submissions, moved here after their transaction
 * @param rejected rejected submissions, each with its problem list and annotated workbook
 * @param bulletins rendered bulletins, {@code bulletin-1959-09.pdf} and {@code .xlsx}
 * @param reportTemplates the folder of the JasperReports {@code .jrxml} templates
 * @param jobs the folder of the job files: schedules and default parameters
 * @param maxFileBytes a submission larger than this is rejected unread
 * @param lateAfterDay a submission for month M is late after this day of month M+1
 * @param maxTeamsPerHelper how many teams one helper team may be offered to
 */
@ConfigurationProperties("catchup")
public record CatchUpProperties(Path dataDir, Path inbox, Path archive, Path rejected, Path bulletins,
		Path reportTemplates, Path jobs, long maxFileBytes, int lateAfterDay, int maxTeamsPerHelper) {

	public CatchUpProperties {
		// checked at start: a deadline on the 31st would fail every February upload
		if (lateAfterDay < 1 || lateAfterDay > 28) {
			throw new IllegalArgumentException(
					"catchup.late-after-day (CATCHUP_LATE_AFTER_DAY) must be a day from 1 to 28, not " + lateAfterDay);
		}
	}

}
