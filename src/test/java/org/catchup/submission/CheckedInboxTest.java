package org.catchup.submission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

/** How the checked inbox deals files to its writers: by enterprise, in name order, to the end. */
class CheckedInboxTest {

	/** A file "E-n.xlsx" belongs to enterprise E; a name without a dash has no valid title block. */
	private static CheckedSubmission check(Path file) {
		String name = file.getFileName().toString();
		if (name.startsWith("boom")) {
			throw new IllegalStateException("cannot check " + name);
		}
		int dash = name.indexOf('-');
		return new CheckedSubmission.TooBig(file, name, dash < 0 ? null : name.substring(0, dash), null);
	}

	private static List<Path> files(String... names) {
		return java.util.Arrays.stream(names).map(Path::of).toList();
	}

	private static List<String> drain(CheckedInbox inbox, int writer) throws Exception {
		List<String> names = new ArrayList<>();
		for (CheckedSubmission item = inbox.next(writer); item != null; item = inbox.next(writer)) {
			names.add(item.file().toString());
		}
		return names;
	}

	@Test
	void eachEnterpriseGoesToOneWriterInNameOrderAndEveryFileToSomeWriter() throws Exception {
		List<Path> files = IntStream.range(0, 60)
			.mapToObj(i -> Path.of("E" + (i % 7) + "-" + String.format("%02d", i / 7) + ".xlsx"))
			.sorted()
			.toList();
		CheckedInbox inbox = new CheckedInbox(files, CheckedInboxTest::check, 3, 2, 4, 2);
		try {
			CompletableFuture<List<String>> other = CompletableFuture.supplyAsync(() -> {
				try {
					return drain(inbox, 1);
				}
				catch (Exception ex) {
					throw new IllegalStateException(ex);
				}
			});
			List<String> first = drain(inbox, 0);
			List<String> second = other.get(10, TimeUnit.SECONDS);

			assertThat(first.size() + second.size()).isEqualTo(60);
			for (List<String> writer : List.of(first, second)) {
				assertThat(writer).isSorted();
			}
			for (int e = 0; e < 7; e++) {
				String enterprise = "E" + e + "-";
				assertThat(first.stream().anyMatch(n -> n.startsWith(enterprise))
						&& second.stream().anyMatch(n -> n.startsWith(enterprise)))
					.as("enterprise %s split over both writers", enterprise)
					.isFalse();
			}
			assertThat(inbox.next(0)).as("asked again after the end").isNull();
		}
		finally {
			inbox.close();
		}
	}

	@Test
	void aCheckThatFailsFailsTheWriterItBelongsTo() throws Exception {
		CheckedInbox inbox = new CheckedInbox(files("boom.xlsx"), CheckedInboxTest::check, 1, 1, 2, 2);
		try {
			assertThatThrownBy(() -> inbox.next(0)).isInstanceOf(IllegalStateException.class)
				.hasMessage("cannot check boom.xlsx");
		}
		finally {
			inbox.close();
		}
	}

	@Test
	void aWriterThatStopsDoesNotHoldUpTheOthers() throws Exception {
		List<Path> files = IntStream.range(0, 40).mapToObj(i -> Path.of("E" + (i % 2) + "-" + i)).toList();
		CheckedInbox inbox = new CheckedInbox(files, CheckedInboxTest::check, 2, 2, 2, 1);
		try {
			int stopped = Math.floorMod("E0".hashCode(), 2);
			inbox.abandon(stopped);

			assertThat(CompletableFuture.supplyAsync(() -> {
				try {
					return drain(inbox, 1 - stopped);
				}
				catch (Exception ex) {
					throw new IllegalStateException(ex);
				}
			}).get(10, TimeUnit.SECONDS)).hasSize(20).allMatch(n -> n.startsWith("E1-"));
		}
		finally {
			inbox.close();
		}
	}

	@Test
	void identicalFilesWithoutAValidTitleBlockMeetOneWriterInTheOrderGiven() throws Exception {
		// each "x<n>.xlsx" has no valid title block; all have the same content
		List<Path> files = IntStream.range(0, 12).mapToObj(i -> Path.of("x" + (11 - i) + ".xlsx")).toList();
		CheckedInbox inbox = new CheckedInbox(files,
				file -> new CheckedSubmission.TooBig(file, "same content", null, null), 2, 3, 4, 2);
		try {
			List<CompletableFuture<List<String>>> writers = IntStream.range(0, 3)
				.mapToObj(w -> CompletableFuture.supplyAsync(() -> {
					try {
						return drain(inbox, w);
					}
					catch (Exception ex) {
						throw new IllegalStateException(ex);
					}
				}))
				.toList();
			List<List<String>> dealt = new ArrayList<>();
			for (CompletableFuture<List<String>> writer : writers) {
				dealt.add(writer.get(10, TimeUnit.SECONDS));
			}

			assertThat(dealt).as("all copies with one writer, in the order given")
				.contains(files.stream().map(Path::toString).toList());
		}
		finally {
			inbox.close();
		}
	}

}
