package org.catchup.spreadsheet;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ExcelNumbersTest {

	@Test
	void showsNumbersAsExcelsGeneralFormatDoes() {
		assertThat(ExcelNumbers.general(81.9)).isEqualTo("81.9");
		assertThat(ExcelNumbers.general(81.90000000000001)).isEqualTo("81.9");
		assertThat(ExcelNumbers.general(0.1 + 0.2)).isEqualTo("0.3");
		assertThat(ExcelNumbers.general(1234.0)).isEqualTo("1234");
		assertThat(ExcelNumbers.general(-0.0)).isEqualTo("0");
		assertThat(ExcelNumbers.general(-12.5)).isEqualTo("-12.5");
		assertThat(ExcelNumbers.general(0.000001)).isEqualTo("0.000001");
		assertThat(ExcelNumbers.general(123456789012.0)).isEqualTo("123456789012");
		assertThat(ExcelNumbers.general(1e20)).isEqualTo("1E+20");
	}

}
