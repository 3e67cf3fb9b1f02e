package org.catchup.warehouse;

import java.time.LocalDateTime;
import java.util.List;

import org.catchup.figures.Enterprise;
import org.catchup.figures.EnterpriseKind;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/**
 * Enterprises, indicators and annual plans. A load replaces the rows it names and keeps a
 * copy of each in the history tables; rows it does not name stay, so a code that
 * submissions use is never dropped.
 */
@Repository
public class ReferenceDataRepository {

	private static final String INSERT_LOAD = """
			INSERT INTO reference_load (file_name, content_hash, loaded_at, enterprises, indicators, annual_plans)
			VALUES (:fileName, :hash, :loadedAt, :enterprises, :indicators, :annualPlans)""";

	private static final String UPSERT_ENTERPRISE = """
			INSERT INTO enterprise (code, name, kind, parent_code, reference_load_id)
			VALUES (:code, :name, :kind, :parentCode, :loadId)
			ON DUPLICATE KEY UPDATE name = VALUES(name), kind = VALUES(kind),
			    parent_code = VALUES(parent_code), reference_load_id = VALUES(reference_load_id)""";

	private static final String INSERT_ENTERPRISE_HISTORY = """
			INSERT INTO enterprise_history (reference_load_id, code, name, kind, parent_code)
			VALUES (:loadId, :code, :name, :kind, :parentCode)""";

	private static final String UPSERT_INDICATOR = """
			INSERT INTO indicator (code, name, unit, price, reference_load_id)
			VALUES (:code, :name, :unit, :price, :loadId)
			ON DUPLICATE KEY UPDATE name = VALUES(name), unit = VALUES(unit), price = VALUES(price),
			    reference_load_id = VALUES(reference_load_id)""";

	private static final String INSERT_INDICATOR_HISTORY = """
			INSERT INTO indicator_history (reference_load_id, code, name, unit, price)
			VALUES (:loadId, :code, :name, :unit, :price)""";

	private static final String UPSERT_ANNUAL_PLAN = """
			INSERT INTO annual_plan (enterprise_code, plan_year, indicator_code, quantity, reference_load_id)
			VALUES (:enterprise, :year, :indicator, :quantity, :loadId)
			ON DUPLICATE KEY UPDATE quantity = VALUES(quantity), reference_load_id = VALUES(reference_load_id)""";

	private static final String INSERT_ANNUAL_PLAN_HISTORY = """
			INSERT INTO annual_plan_history (reference_load_id, enterprise_code, plan_year, indicator_code, quantity)
			VALUES (:loadId, :enterprise, :year, :indicator, :quantity)""";

	private static final String LOADS = """
			SELECT file_name, loaded_at, enterprises, indicators, annual_plans FROM reference_load
			ORDER BY id DESC""";

	private final JdbcClient jdbc;

	public ReferenceDataRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Stores one reference workbook; the caller's transaction makes it all or nothing. */
	public long save(ReferenceData data, String fileName, String contentHash, LocalDateTime loadedAt) {
		KeyHolder key = new GeneratedKeyHolder();
		jdbc.sql(INSERT_LOAD)
			.param("fileName", fileName)
			.param("hash", contentHash)
			.param("loadedAt", loadedAt)
			.param("enterprises", data.enterprises().size())
			.param("indicators", data.indicators().size())
			.param("annualPlans", data.annualPlans().size())
			.update(key, "id");
		long loadId = key.getKey().longValue();
		for (Enterprise e : data.enterprises()) {
			for (String sql : List.of(UPSERT_ENTERPRISE, INSERT_ENTERPRISE_HISTORY)) {
				jdbc.sql(sql)
					.param("code", e.code())
					.param("name", e.name())
					.param("kind", e.kind().name())
					.param("parentCode", e.parentCode())
					.param("loadId", loadId)
					.update();
			}
		}
		for (Indicator i : data.indicators()) {
			for (String sql : List.of(UPSERT_INDICATOR, INSERT_INDICATOR_HISTORY)) {
				jdbc.sql(sql)
					.param("code", i.code())
					.param("name", i.name())
					.param("unit", i.unit())
					.param("price", i.price())
					.param("loadId", loadId)
					.update();
			}
		}
		for (AnnualPlanEntry p : data.annualPlans()) {
			for (String sql : List.of(UPSERT_ANNUAL_PLAN, INSERT_ANNUAL_PLAN_HISTORY)) {
				jdbc.sql(sql)
					.param("enterprise", p.enterpriseCode())
					.param("year", p.year())
					.param("indicator", p.indicatorCode())
					.param("quantity", p.quantity())
					.param("loadId", loadId)
					.update();
			}
		}
		return loadId;
	}

	public List<Enterprise> enterprises() {
		return jdbc.sql("SELECT code, name, kind, parent_code FROM enterprise ORDER BY code")
			.query((rs, n) -> new Enterprise(rs.getString("code"), rs.getString("name"),
					EnterpriseKind.valueOf(rs.getString("kind")), rs.getString("parent_code")))
			.list();
	}

	public List<Indicator> indicators() {
		return jdbc.sql("SELECT code, name, unit, price FROM indicator ORDER BY code")
			.query((rs, n) -> new Indicator(rs.getString("code"), rs.getString("name"), rs.getString("unit"),
					rs.getBigDecimal("price")))
			.list();
	}


	/** Every load of the reference workbook, the latest first. */
	public List<ReferenceLoad> loads() {
		return jdbc.sql(LOADS)
			.query((rs, n) -> new ReferenceLoad(rs.getString("file_name"), rs.getObject("loaded_at", LocalDateTime.class),
					rs.getInt("enterprises"), rs.getInt("indicators"), rs.getInt("annual_plans")))
			.list();
	}

}
