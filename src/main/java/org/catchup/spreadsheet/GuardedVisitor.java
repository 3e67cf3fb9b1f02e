package org.catchup.spreadsheet;

/** Wraps the caller's visitor so its own exceptions travel as {@link VisitorFailure}. */
final class GuardedVisitor implements SheetVisitor {

	private final SheetVisitor delegate;

	GuardedVisitor(SheetVisitor delegate) {
		this.delegate = delegate;
	}

	@Override
	public boolean startSheet(String sheetName) {
		try {
			return delegate.startSheet(sheetName);
		}
		catch (RuntimeException e) {
			throw new VisitorFailure(e);
		}
	}

	@Override
	public boolean row(SheetRow row) {
		try {
			return delegate.row(row);
		}
		catch (RuntimeException e) {
			throw new VisitorFailure(e);
		}
	}

	@Override
	public boolean readsWholeWorkbook() {
		return delegate.readsWholeWorkbook();
	}

	@Override
	public boolean endSheet() {
		try {
			return delegate.endSheet();
		}
		catch (RuntimeException e) {
			throw new VisitorFailure(e);
		}
	}

}
