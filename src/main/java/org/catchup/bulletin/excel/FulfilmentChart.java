package org.catchup.bulletin.excel;

import java.util.Arrays;
import java.util.List;

import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.LegendPosition;
import org.apache.poi.xddf.usermodel.chart.MarkerStyle;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFLineChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFNumericalDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFDrawing;

/**
 * A native Excel line chart below the month matrix: one line per enterprise, pointing at the
 * matrix cells. The values are handed in as well because SXSSF has already streamed the rows
 * away and the chart needs a cached copy of them.
 */
final class FulfilmentChart {

	static final int FIRST_MONTH_COLUMN = 2;

	private FulfilmentChart() {
	}

	/** One line of the chart: the enterprise's name, its row in the matrix and its percentages, null where n/a. */
	record Line(String name, int row, Double[] percents) {
	}

	/**
	 * @param months the header texts of the month columns, cached in the chart as its categories
	 * @param lines the matrix rows to draw, in order
	 */
	static void draw(SXSSFSheet sheet, String[] months, List<Line> lines) {
		if (lines.isEmpty() || months.length == 0) {
			return;
		}
		sheet.createDrawingPatriarch();
		XSSFDrawing drawing = sheet.getDrawingPatriarch();
		int top = sheet.getLastRowNum() + 2;
		XSSFClientAnchor anchor = drawing.createAnchor(0, 0, 0, 0, 0, top, FIRST_MONTH_COLUMN + 10, top + 24);
		XSSFChart chart = drawing.createChart(anchor);
		chart.setTitleText("Fulfilment % over the year");
		chart.setTitleOverlay(false);
		chart.getOrAddLegend().setPosition(LegendPosition.RIGHT);
		XDDFCategoryAxis monthAxis = chart.createCategoryAxis(AxisPosition.BOTTOM);
		XDDFValueAxis percent = chart.createValueAxis(AxisPosition.LEFT);
		percent.setCrosses(AxisCrosses.AUTO_ZERO);
		// Excel's automatic axis starts at 0 and squeezes every line against the top
		percent.setMinimum(axisMinimum(lines));
		XDDFLineChartData data = (XDDFLineChartData) chart.createData(ChartTypes.LINE, monthAxis, percent);
		int lastColumn = FIRST_MONTH_COLUMN + months.length - 1;
		XDDFDataSource<String> categories = XDDFDataSourcesFactory.fromArray(months,
				range(sheet, 0, lastColumn));
		for (int i = 0; i < lines.size(); i++) {
			Line line = lines.get(i);
			XDDFNumericalDataSource<Double> values = XDDFDataSourcesFactory.fromArray(line.percents(),
					range(sheet, line.row(), lastColumn));
			XDDFLineChartData.Series series = (XDDFLineChartData.Series) data.addSeries(categories, values);
			series.setTitle(line.name(), new CellReference(sheet.getSheetName(), line.row(), 1, true, true));
			series.setSmooth(false);
			series.setMarkerStyle(MarkerStyle.CIRCLE);
		}
		chart.plot(data);
	}

	/** 10 below the lowest point, on a multiple of 10, at most 90: the 100 % line stays in view. */
	private static double axisMinimum(List<Line> lines) {
		double lowest = lines.stream()
			.flatMap(line -> Arrays.stream(line.percents()))
			.filter(percent -> percent != null)
			.mapToDouble(Double::doubleValue)
			.min()
			.orElse(100);
		return Math.max(0, Math.min(90, Math.floor((lowest - 5) / 10) * 10));
	}

	private static String range(SXSSFSheet sheet, int row, int lastColumn) {
		return new CellRangeAddress(row, row, FIRST_MONTH_COLUMN, lastColumn)
			.formatAsString(sheet.getSheetName(), true);
	}

}
