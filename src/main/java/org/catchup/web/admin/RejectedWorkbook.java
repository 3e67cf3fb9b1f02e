package org.catchup.web.admin;

import java.util.List;

import org.catchup.reference.ReferenceProblem;

/** A reference workbook the load refused, with its problems as the page lists them. */
record RejectedWorkbook(String fileName, List<Line> problems) {

	/** One problem: the sheet, the cell (empty when it concerns the whole sheet or file) and the sentence. */
	record Line(String sheet, String cell, String problem) {

		static Line of(ReferenceProblem problem) {
			String location = problem.location() == null ? "" : problem.location();
			int bang = location.lastIndexOf('!');
			return bang < 0 ? new Line(location, "", problem.message())
					: new Line(location.substring(0, bang), location.substring(bang + 1), problem.message());
		}

	}

	static RejectedWorkbook of(String fileName, List<ReferenceProblem> problems) {
		return new RejectedWorkbook(fileName, problems.stream().map(Line::of).toList());
	}

}
