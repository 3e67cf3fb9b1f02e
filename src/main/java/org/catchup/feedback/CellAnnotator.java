package org.catchup.feedback;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.CreationHelper;
import org.apache.poi.ss.usermodel.Drawing;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellAddress;
import org.apache.poi.ss.util.CellReference;
import org.catchup.validation.Problem;

/** Fills and comments every cell a problem names; several problems on one cell share one comment. */
final class CellAnnotator {

	static final short ERROR_FILL = IndexedColors.RED.getIndex();

	static final short WARNING_FILL = IndexedColors.LIGHT_ORANGE.getIndex();

	private final Workbook workbook;

	/** a CSV copy has one sheet, whatever the reader called it */
	private final boolean singleSheet;

	private final CreationHelper helper;

	/** (original style index, error?) → filled style; styles are built once, .xls allows only 4000 */
	private final Map<String, CellStyle> filledStyles = new HashMap<>();

	private final Map<Sheet, Drawing<?>> drawings = new HashMap<>();

	CellAnnotator(Workbook workbook, boolean singleSheet) {
		this.workbook = workbook;
		this.singleSheet = singleSheet;
		this.helper = workbook.getCreationHelper();
	}

	void annotate(List<Problem> problems) {
		Map<String, List<Problem>> byCell = new LinkedHashMap<>();
		for (Problem problem : problems) {
			if (problem.sheet() != null && problem.cell() != null) {
				byCell.computeIfAbsent(problem.sheet() + '\u0000' + problem.cell(), k -> new ArrayList<>())
					.add(problem);
			}
		}
		for (List<Problem> cellProblems : byCell.values()) {
			Problem first = cellProblems.get(0);
			Sheet sheet = singleSheet && workbook.getNumberOfSheets() > 0 ? workbook.getSheetAt(0)
					: workbook.getSheet(first.sheet());
			if (sheet != null) {
				annotate(sheet, new CellReference(first.cell()), cellProblems);
			}
		}
	}

	private void annotate(Sheet sheet, CellReference reference, List<Problem> problems) {
		Row row = sheet.getRow(reference.getRow());
		if (row == null) {
			row = sheet.createRow(reference.getRow());
		}
		Cell cell = row.getCell(reference.getCol());
		if (cell == null) {
			cell = row.createCell(reference.getCol());
		}
		boolean error = problems.stream().anyMatch(Problem::isError);
		cell.setCellStyle(filled(cell.getCellStyle(), error));
		StringBuilder text = new StringBuilder();
		for (Problem problem : problems) {
			text.append(text.isEmpty() ? "" : "\n").append(problem.severity()).append(": ").append(problem.message());
		}
		Comment existing = cell.getCellComment();
		if (existing != null) {
			// keep the submitter's own note below ours
			text.append("\n\n").append(existing.getString().getString());
			cell.removeCellComment();
		}
		comment(sheet, cell, text.toString());
	}

	private CellStyle filled(CellStyle original, boolean error) {
		return filledStyles.computeIfAbsent(original.getIndex() + (error ? "E" : "W"), key -> {
			CellStyle style = workbook.createCellStyle();
			style.cloneStyleFrom(original);
			style.setFillForegroundColor(error ? ERROR_FILL : WARNING_FILL);
			style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
			return style;
		});
	}

	private void comment(Sheet sheet, Cell cell, String text) {
		Drawing<?> drawing = drawings.computeIfAbsent(sheet, s -> {
			// HSSF's createDrawingPatriarch would wipe the submitter's existing drawings
			Drawing<?> existing = s.getDrawingPatriarch();
			return existing != null ? existing : s.createDrawingPatriarch();
		});
		ClientAnchor anchor = helper.createClientAnchor();
		int column = cell.getColumnIndex();
		int rowIndex = cell.getRowIndex();
		// XSSF refuses an anchor whose top-left cell already has a comment: fall back to the cell itself
		boolean rightFree = sheet.getCellComment(new CellAddress(rowIndex, column + 1)) == null;
		anchor.setCol1(rightFree ? column + 1 : column);
		anchor.setCol2(anchor.getCol1() + 4);
		anchor.setRow1(rowIndex);
		anchor.setRow2(rowIndex + 2 + Math.min(10, text.length() / 60));
		Comment comment = drawing.createCellComment(anchor);
		comment.setString(helper.createRichTextString(text));
		comment.setAuthor("Catch-Up");
		cell.setCellComment(comment);
	}

}
