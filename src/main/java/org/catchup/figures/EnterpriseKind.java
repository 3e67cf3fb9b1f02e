package org.catchup.figures;

/** Kinds of unit in the reference workbook's {@code Enterprises} sheet (SPEC §2). */
public enum EnterpriseKind {
	MINE, SMELTER, WORKSHOP, COMBINE, OTHER
}
