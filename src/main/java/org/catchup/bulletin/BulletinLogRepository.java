package org.catchup.bulletin;

import java.time.LocalDateTime;
import java.time.YearMonth;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Every rendering of a bulletin, so a month rendered again gets the next version. */
@Repository
public class BulletinLogRepository {

	private final JdbcClient jdbc;

	public BulletinLogRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public int nextVersion(YearMonth month, String scope) {
		return jdbc
			.sql("SELECT COALESCE(MAX(version), 0) + 1 FROM bulletin_log WHERE period = :period AND scope = :scope")
			.param("period", month.toString())
			.param("scope", scope)
			.query(Integer.class)
			.single();
	}

	/** @param languages the languages the edition was rendered in, "en,de" (its files: the first one's) */
	public void log(YearMonth month, String scope, int version, String dataVersion, String pdfFile, String excelFile,
			LocalDateTime generatedAt, Long jobExecutionId, String languages) {
		jdbc.sql("""
				INSERT INTO bulletin_log (period, scope, version, data_version, pdf_file, excel_file, generated_at,
				    job_execution_id, languages)
				VALUES (:period, :scope, :version, :dataVersion, :pdf, :excel, :generatedAt, :jobExecutionId,
				    :languages)""")
			.param("period", month.toString())
			.param("scope", scope)
			.param("version", version)
			.param("dataVersion", dataVersion)
			.param("pdf", pdfFile)
			.param("excel", excelFile)
			.param("generatedAt", generatedAt)
			.param("jobExecutionId", jobExecutionId)
			.param("languages", languages)
			.update();
	}

}
