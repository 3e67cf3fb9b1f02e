package org.catchup.figures;

import java.io.Serializable;

/**
 * A unit of the reference data: a mine, smelter or workshop that submits, or a combine
 * above them. {@code parentCode} is null for a top-level unit.
 */
public record Enterprise(String code, String name, EnterpriseKind kind, String parentCode)
		implements Serializable {

	public boolean isTopLevel() {
		return parentCode == null;
	}

}
