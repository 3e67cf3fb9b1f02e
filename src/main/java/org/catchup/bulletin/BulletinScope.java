package org.catchup.bulletin;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.catchup.figures.Enterprise;
import org.catchup.i18n.Texts;

/**
 * Limits a bulletin to one combine or enterprise and the units below it. {@code ALL} keeps
 * everything (the combine-wide bulletin).
 */
record BulletinScope(String enterpriseCode) {

	static final String ALL = "ALL";

	static BulletinScope of(String code) {
		return new BulletinScope(code == null || code.isBlank() ? ALL : code.trim());
	}

	boolean isAll() {
		return ALL.equals(enterpriseCode);
	}

	/** For file names: {@code bulletin-1959-09} or {@code bulletin-1959-09-WPK}. */
	String fileSuffix() {
		return isAll() ? "" : "-" + enterpriseCode.replaceAll("[^A-Za-z0-9_-]", "_");
	}

	/** "All enterprises", "Mansfeld-Kombinat (MK) and the units below it", in {@code texts}' language. */
	String describe(List<Enterprise> enterprises, Texts texts) {
		if (isAll()) {
			return texts.get("bulletin.scope.all");
		}
		return enterprises.stream()
			.filter(e -> e.code().equals(enterpriseCode))
			.map(e -> texts.get(subtree(enterprises).size() > 1 ? "bulletin.scope.withUnits" : "bulletin.scope.one",
					e.name(), e.code()))
			.findFirst()
			.orElse(enterpriseCode);
	}

	/** The scope's enterprise and every unit below it; empty when no enterprise has the code. */
	Set<String> subtree(List<Enterprise> enterprises) {
		Set<String> codes = new HashSet<>();
		enterprises.stream().filter(e -> e.code().equals(enterpriseCode)).forEach(e -> codes.add(e.code()));
		boolean grew = !codes.isEmpty();
		while (grew) {
			grew = false;
			for (Enterprise e : enterprises) {
				if (e.parentCode() != null && codes.contains(e.parentCode()) && codes.add(e.code())) {
					grew = true;
				}
			}
		}
		return codes;
	}

}
