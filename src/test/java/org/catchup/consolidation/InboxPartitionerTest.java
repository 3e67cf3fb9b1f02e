package org.catchup.consolidation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/**
 * How the night's inbox is split into partitions: by enterprise, never splitting one, each
 * partition's files in order of arrival, at most as many partitions as asked for.
 */
class InboxPartitionerTest {

	private static final Instant NIGHT = Instant.parse("1959-02-03T09:00:00Z");

	/** The enterprises are read side by side, in whatever order the readers finish. */
	private static final Executor READERS = Executors.newFixedThreadPool(3, task -> {
		Thread thread = new Thread(task, "enterprise-reader");
		thread.setDaemon(true);
		return thread;
	});

	@TempDir
	Path inbox;

	private final AtomicInteger announced = new AtomicInteger(-1);

	/** A file "E-n.xlsx" names enterprise E; a name without a dash names none. */
	private static Optional<String> enterpriseOf(Path file) {
		String name = file.getFileName().toString();
		int dash = name.indexOf('-');
		return dash < 0 ? Optional.empty() : Optional.of(name.substring(0, dash));
	}

	private InboxPartitioner partitioner() {
		return partitioner(1);
	}

	private InboxPartitioner partitioner(int filesPerPartition) {
		return new InboxPartitioner(new Inbox(inbox), InboxPartitionerTest::enterpriseOf, Optional::empty,
				announced::set, READERS, filesPerPartition);
	}

	@Test
	void anEnterpriseIsNeverSplitAndEachPartitionListsItsFilesInOrderOfArrival() throws Exception {
		// 7 enterprises, 40 files; arrival order is the reverse of name order
		List<String> arrival = new ArrayList<>();
		for (int i = 0; i < 40; i++) {
			String name = "E" + (i % 7) + "-" + (char) ('z' - i) + ".xlsx";
			deliver(name, "content " + i, 60 * i);
			arrival.add(name);
		}

		Map<String, ExecutionContext> partitions = partitioner().partition(3);

		assertThat(partitions).hasSize(3);
		List<String> all = new ArrayList<>();
		for (ExecutionContext context : partitions.values()) {
			List<String> files = InboxPartitioner.files(context);
			assertThat(files).as("in order of arrival").isSortedAccordingTo((a, b) -> arrival.indexOf(a) - arrival.indexOf(b));
			List<String> enterprises = files.stream().map(f -> f.substring(0, f.indexOf('-'))).distinct().sorted().toList();
			assertThat(context.getString(InboxPartitioner.ENTERPRISES)).isEqualTo(String.join(", ", enterprises));
			assertThat(InboxPartitioner.enterprisesByArrival(context)).as("by their first file's arrival")
				.containsExactlyElementsOf(files.stream().map(f -> f.substring(0, f.indexOf('-'))).distinct().toList());
			all.addAll(files);
		}
		assertThat(all).containsExactlyInAnyOrderElementsOf(arrival);
		for (int e = 0; e < 7; e++) {
			String prefix = "E" + e + "-";
			assertThat(partitions.values().stream().filter(c -> InboxPartitioner.files(c).stream().anyMatch(f -> f.startsWith(prefix))))
				.as("partitions holding %s", prefix)
				.hasSize(1);
		}
		assertThat(announced).as("the files this run consolidates").hasValue(40);
	}

	@Test
	void identicalFilesWithoutAnEnterpriseMeetInOnePartitionInOrderOfArrival() throws Exception {
		for (int i = 0; i < 12; i++) {
			deliver("copy" + (11 - i) + ".xlsx", "the same unreadable bytes", 60 * i);
			deliver("other" + i + ".xlsx", "unreadable bytes of its own " + i, 60 * i + 30);
		}

		Map<String, ExecutionContext> partitions = partitioner().partition(4);

		List<String> copies = List.of("copy11.xlsx", "copy10.xlsx", "copy9.xlsx", "copy8.xlsx", "copy7.xlsx",
				"copy6.xlsx", "copy5.xlsx", "copy4.xlsx", "copy3.xlsx", "copy2.xlsx", "copy1.xlsx", "copy0.xlsx");
		assertThat(partitions.values())
			.filteredOn(c -> InboxPartitioner.files(c).contains("copy0.xlsx"))
			.singleElement()
			.satisfies(c -> assertThat(InboxPartitioner.files(c).stream().filter(f -> f.startsWith("copy")))
				.containsExactlyElementsOf(copies));
	}

	@Test
	void theEnterprisesAreDealtSoThePartitionsHoldAboutTheSameBytes() throws Exception {
		deliver("A-1.xlsx", "x".repeat(1000), 0);
		deliver("B-1.xlsx", "x".repeat(900), 1);
		deliver("C-1.xlsx", "x".repeat(500), 2);
		deliver("D-1.xlsx", "x".repeat(400), 3);

		Map<String, ExecutionContext> partitions = partitioner().partition(2);

		assertThat(partitions.values()).extracting(c -> c.getString(InboxPartitioner.ENTERPRISES))
			.containsExactlyInAnyOrder("A, D", "B, C");
	}

	@Test
	void aSmallInboxGetsNoMorePartitionsThanGiveEachATransactionOfFiles() throws Exception {
		for (int i = 0; i < 45; i++) {
			deliver("E" + i + "-1.xlsx", "content " + i, i);
		}

		assertThat(partitioner(20).partition(16)).as("45 files, at least 20 a partition").hasSize(3);
		assertThat(partitioner(50).partition(16)).hasSize(1);
		assertThat(partitioner(1).partition(16)).hasSize(16);
		assertThat(partitioner(20).partition(2)).as("the grid still bounds it").hasSize(2);
	}

	@Test
	void fewerEnterprisesThanPartitionsMakeOnePartitionEachAndAnEmptyInboxNone() throws Exception {
		assertThat(partitioner().partition(4)).isEmpty();
		assertThat(announced).hasValue(0);

		deliver("A-1.xlsx", "a", 0);
		deliver("A-2.xlsx", "b", 1);
		assertThat(partitioner().partition(4)).hasSize(1);
	}

	@Test
	void hiddenFilesAndUnfinishedUploadsAreNotSubmissionsYet() throws Exception {
		deliver("A-1.xlsx", "a", 0);
		deliver(".A-2.xlsx", "b", 1);
		deliver("A-3.xlsx.part", "c", 2);

		assertThat(partitioner().partition(2).values()).flatExtracting(InboxPartitioner::files)
			.containsExactly("A-1.xlsx");
	}

	@Test
	void aRestartKeepsTheSplitOfTheRunItResumes() throws Exception {
		deliver("A-2.xlsx", "still waiting", 0);
		deliver("C-1.xlsx", "arrived since: the next run's", 1);
		ExecutionContext unfinished = new ExecutionContext();
		unfinished.putString(InboxPartitioner.ENTERPRISES, "A");
		unfinished.put(InboxPartitioner.FILES, new ArrayList<>(List.of("A-1.xlsx", "A-2.xlsx")));
		InboxPartitioner restarted = new InboxPartitioner(new Inbox(inbox), InboxPartitionerTest::enterpriseOf,
				() -> Optional.of(Map.of("partition2", unfinished)), announced::set, READERS, 20);

		assertThat(restarted.partition(2)).containsOnlyKeys("partition2");
		assertThat(announced).as("the files of the unfinished partitions still in the inbox").hasValue(1);
	}

	private void deliver(String name, String content, int secondsAfter) throws Exception {
		Path file = Files.writeString(inbox.resolve(name), content, StandardCharsets.UTF_8);
		Files.setLastModifiedTime(file, FileTime.from(NIGHT.plusSeconds(secondsAfter)));
	}

}
