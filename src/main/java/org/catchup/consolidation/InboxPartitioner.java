package org.catchup.consolidation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Function;
import java.util.function.IntConsumer;
import java.util.function.Supplier;

import org.catchup.submission.ContentHash;
import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/**
 * Splits the inbox by enterprise: each partition's {@link ExecutionContext} names its
 * enterprises ({@value #ENTERPRISES}) and its files in order of arrival ({@value #FILES}). All
 * files of one enterprise go to one partition, so no two partitions ever store the same
 * enterprise, and each enterprise's versions follow the order its files arrived in. A file whose
 * enterprise cannot be read goes with the files of the same content, so identical copies meet in
 * one partition, in order. The enterprises are dealt to at most {@code gridSize} partitions, the
 * largest first to the least loaded (by bytes), so the partitions take about as long, and to no
 * more partitions than give each at least {@code filesPerPartition} files: a partition costs its
 * step's start and end, its reference data and, on a worker, its message and claim whatever it
 * holds (a 60-file night dealt to 16 remote partitions of about 4 files took 3.6 s, against 0.44 s
 * for the same night in two local ones). A remote night asks for as many partitions as its live
 * workers run at once.
 * <p>
 * The enterprises are read side by side on {@code readers}: reading one opens the workbook, about
 * a third of what checking a monthly file costs, and the partitions wait for the split.
 * <p>
 * A restarted run keeps the split of the run it resumes: Spring Batch asks again, is given the
 * unfinished partitions' names, and resumes each from its own saved context; the finished ones
 * are not run again. {@code onSplit} is told how many files this run consolidates.
 */
class InboxPartitioner implements Partitioner {

	static final String ENTERPRISES = "partition.enterprises";

	static final String FILES = "partition.files";

	/** The partition's enterprises in the order their first files arrived ({@link TeamHistories}). */
	static final String ENTERPRISES_BY_ARRIVAL = "partition.enterprisesByArrival";

	/**
	 * A longer code is no enterprise's (the warehouse's codes are {@code VARCHAR(32)}): its files
	 * never ask for a team history, and a hostile file's 32,767-character code would not fit the
	 * partition's saved context a second time.
	 */
	private static final int LONGEST_ENTERPRISE_CODE = 32;

	private final Inbox inbox;

	private final Function<Path, Optional<String>> enterpriseOf;

	private final Supplier<Optional<Map<String, ExecutionContext>>> earlierSplit;

	private final IntConsumer onSplit;

	private final Executor readers;

	private final int filesPerPartition;

	/**
	 * @param enterpriseOf the enterprise a file names, as the check reads it
	 * @param earlierSplit the unfinished partitions of an earlier execution of this run, by name, or
	 * empty when the inbox was not split before
	 * @param readers where the files' enterprises are read
	 * @param filesPerPartition the fewest files worth a partition of their own (the files of one
	 * transaction): a smaller inbox gets fewer partitions than the grid allows
	 */
	InboxPartitioner(Inbox inbox, Function<Path, Optional<String>> enterpriseOf,
			Supplier<Optional<Map<String, ExecutionContext>>> earlierSplit, IntConsumer onSplit, Executor readers,
			int filesPerPartition) {
		if (filesPerPartition < 1) {
			throw new IllegalArgumentException("A partition holds at least one file, not " + filesPerPartition);
		}
		this.filesPerPartition = filesPerPartition;
		this.readers = readers;
		this.inbox = inbox;
		this.enterpriseOf = enterpriseOf;
		this.earlierSplit = earlierSplit;
		this.onSplit = onSplit;
	}

	@Override
	public Map<String, ExecutionContext> partition(int gridSize) {
		Optional<Map<String, ExecutionContext>> unfinished = earlierSplit.get();
		if (unfinished.isPresent()) {
			onSplit.accept((int) unfinished.get()
				.values()
				.stream()
				.flatMap(context -> files(context).stream())
				.filter(inbox::holds)
				.count());
			return unfinished.get();
		}
		List<ArrivedFile> arrived = inbox.files();
		onSplit.accept(arrived.size());
		return split(arrived, gridSize);
	}

	/** The enterprises a partition's context lists by arrival; empty in a split recorded without them. */
	@SuppressWarnings("unchecked")
	static List<String> enterprisesByArrival(ExecutionContext context) {
		Object enterprises = context.get(ENTERPRISES_BY_ARRIVAL);
		return enterprises == null ? List.of() : (List<String>) enterprises;
	}

	/** The file names a partition's context lists, in order of arrival. */
	@SuppressWarnings("unchecked")
	static List<String> files(ExecutionContext context) {
		Object files = context.get(FILES);
		return files == null ? List.of() : (List<String>) files;
	}

	private Map<String, ExecutionContext> split(List<ArrivedFile> arrived, int gridSize) {
		List<CompletableFuture<Optional<String>>> enterprises = arrived.stream()
			.map(file -> CompletableFuture.supplyAsync(() -> enterpriseOf.apply(file.file()), readers))
			.toList();
		Map<String, Group> groups = new LinkedHashMap<>();
		for (int i = 0; i < arrived.size(); i++) {
			ArrivedFile file = arrived.get(i);
			Optional<String> enterprise = enterprises.get(i).join();
			String key = enterprise.map(code -> "enterprise " + code)
				.orElseGet(() -> "content " + ContentHash.of(file.file()));
			groups.computeIfAbsent(key, k -> new Group(enterprise.orElse(null))).add(file);
		}
		List<Share> shares = new ArrayList<>();
		int worthAPartition = Math.max(1, (arrived.size() + filesPerPartition - 1) / filesPerPartition);
		for (int i = 0; i < Math.min(Math.min(Math.max(1, gridSize), worthAPartition), groups.size()); i++) {
			shares.add(new Share());
		}
		groups.values()
			.stream()
			.sorted(Comparator.comparingLong(Group::bytes).reversed())
			.forEach(group -> shares.stream().min(Comparator.comparingLong(Share::bytes)).orElseThrow().add(group));
		Map<String, ExecutionContext> partitions = new LinkedHashMap<>();
		shares.sort(Comparator.comparing(Share::first, ArrivedFile.ORDER));
		for (Share share : shares) {
			partitions.put("partition" + (partitions.size() + 1), share.context());
		}
		return partitions;
	}

	/** One enterprise's files (or one content's, when the enterprise cannot be read), in order of arrival. */
	private static final class Group {

		private final String enterprise;

		private final List<ArrivedFile> files = new ArrayList<>();

		private long bytes;

		Group(String enterprise) {
			this.enterprise = enterprise;
		}

		void add(ArrivedFile file) {
			files.add(file);
			bytes += size(file.file());
		}

		long bytes() {
			return bytes;
		}

	}

	/** The groups dealt to one partition. */
	private static final class Share {

		private final List<Group> groups = new ArrayList<>();

		private long bytes;

		void add(Group group) {
			groups.add(group);
			bytes += group.bytes;
		}

		long bytes() {
			return bytes;
		}

		ArrivedFile first() {
			return groups.stream().map(g -> g.files.get(0)).min(ArrivedFile.ORDER).orElseThrow();
		}

		ExecutionContext context() {
			ExecutionContext context = new ExecutionContext();
			TreeSet<String> enterprises = new TreeSet<>();
			groups.stream().map(g -> g.enterprise).filter(e -> e != null).forEach(enterprises::add);
			context.putString(ENTERPRISES, String.join(", ", enterprises));
			context.put(ENTERPRISES_BY_ARRIVAL, new ArrayList<>(groups.stream()
				.filter(g -> g.enterprise != null && g.enterprise.length() <= LONGEST_ENTERPRISE_CODE)
				.sorted(Comparator.comparing(g -> g.files.get(0), ArrivedFile.ORDER))
				.map(g -> g.enterprise)
				.toList()));
			context.put(FILES, new ArrayList<>(groups.stream()
				.flatMap(g -> g.files.stream())
				.sorted(ArrivedFile.ORDER)
				.map(f -> f.file().getFileName().toString())
				.toList()));
			return context;
		}

	}

	private static long size(Path file) {
		try {
			return Files.size(file);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read the size of " + file, ex);
		}
	}

}
