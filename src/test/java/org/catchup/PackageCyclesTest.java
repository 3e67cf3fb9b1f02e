package org.catchup;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * No package of the product imports one that imports it back, directly or round a longer
 * circle: each package can be read, tested and changed from the bottom up. Read from the
 * sources ({@code import} lines and fully qualified names in code), so it holds for every
 * package of {@code src/main/java}, whoever adds it.
 */
class PackageCyclesTest {

	private static final Path SOURCES = Path.of("src/main/java");

	private static final String ROOT = "org.catchup";

	/**
	 * Circles between a feature and its own sub-packages that are known and waiting to be
	 * untied, each as "a <-> b" (a before b). An entry whose two packages no longer import each
	 * other fails the test, so the list only shrinks.
	 */
	private static final Set<String> KNOWN_INSIDE_A_FEATURE = Set.of("org.catchup.bulletin <-> org.catchup.bulletin.excel",
			"org.catchup.bulletin <-> org.catchup.bulletin.pdf");

	private static final Pattern PACKAGE = Pattern.compile("^package\\s+([\\w.]+)\\s*;", Pattern.MULTILINE);

	private static final Pattern IMPORT = Pattern.compile("^import\\s+(?:static\\s+)?([\\w.]+)(?:\\.\\*)?\\s*;",
			Pattern.MULTILINE);

	private static final Pattern QUALIFIED = Pattern.compile("\\b" + Pattern.quote(ROOT) + "(?:\\.[a-z_][\\w]*)*\\.[A-Z]\\w*");

	@Test
	void noTwoPackagesImportEachOther() {
		Graph graph = Graph.read(SOURCES, UnaryOperator.identity());
		Graph untied = graph.without(KNOWN_INSIDE_A_FEATURE);
		List<String> circles = untied.circles().stream().map(untied::describe).toList();
		System.out.printf("%d packages, %d imports between them, %d circle(s) besides the %d known%n",
				graph.edges.size(), graph.edgeCount(), circles.size(), KNOWN_INSIDE_A_FEATURE.size());
		assertThat(circles).as("packages that import each other").isEmpty();
		assertThat(KNOWN_INSIDE_A_FEATURE).as("known circles still there (remove the untied ones from the list)")
			.allMatch(graph::importEachOther);
	}

	@Test
	void noTwoFeaturesImportEachOther() {
		// a feature is org.catchup.<name> with everything below it
		Graph features = Graph.read(SOURCES, PackageCyclesTest::feature);
		List<String> circles = features.circles().stream().map(features::describe).toList();
		System.out.printf("%d features, %d imports between them, %d circle(s)%n", features.edges.size(),
				features.edgeCount(), circles.size());
		assertThat(circles).as("features that import each other").isEmpty();
	}

	/**
	 * The check is three features that depend one way only: submission reads a workbook and uses
	 * the rules of validation; feedback writes what validation found; validation needs neither.
	 */
	@Test
	void theChecksRulesNeedNeitherTheReadingNorTheFeedback() {
		Graph features = Graph.read(SOURCES, PackageCyclesTest::feature);
		assertThat(features.uses(ROOT + ".validation")).doesNotContain(ROOT + ".submission", ROOT + ".feedback");
		assertThat(features.uses(ROOT + ".feedback")).doesNotContain(ROOT + ".submission");
	}

	@Test
	void aCircleIsFoundRoundThreePackages() {
		Graph graph = new Graph();
		graph.add("org.catchup.a", "org.catchup.b", "A1.java");
		graph.add("org.catchup.b", "org.catchup.c", "B1.java");
		graph.add("org.catchup.c", "org.catchup.a", "C1.java");
		graph.add("org.catchup.c", "org.catchup.d", "C2.java");

		assertThat(graph.circles()).containsExactly(Set.of("org.catchup.a", "org.catchup.b", "org.catchup.c"));
		assertThat(graph.describe(graph.circles().get(0))).contains("org.catchup.c -> org.catchup.a (C1.java)");
	}

	@Test
	void importsAndQualifiedNamesCountButCommentsAndTextDoNot() {
		String source = """
				package org.catchup.a;

				import org.catchup.b.Thing;
				import static org.catchup.c.Tools.help;
				import org.catchup.d.*;

				/** See {@link org.catchup.e.Other}. */
				class Here {
					// org.catchup.f.Commented
					String text = "org.catchup.g.Quoted";
					org.catchup.h.Named named;
				}
				""";

		assertThat(Graph.dependencies(source)).containsExactlyInAnyOrder("org.catchup.b", "org.catchup.c",
				"org.catchup.d", "org.catchup.h");
	}

	private static String feature(String packageName) {
		String[] parts = packageName.split("\\.");
		return parts.length <= 3 ? packageName : String.join(".", parts[0], parts[1], parts[2]);
	}

	/** Which package imports which, and through which files. */
	private static final class Graph {

		private final Map<String, Map<String, Set<String>>> edges = new TreeMap<>();

		static Graph read(Path sources, UnaryOperator<String> unit) {
			Graph graph = new Graph();
			try (Stream<Path> files = Files.walk(sources)) {
				for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
					String source = Files.readString(file, StandardCharsets.UTF_8);
					Matcher declared = PACKAGE.matcher(source);
					if (!declared.find() || !declared.group(1).startsWith(ROOT)) {
						continue;
					}
					String from = unit.apply(declared.group(1));
					graph.edges.computeIfAbsent(from, k -> new TreeMap<>());
					for (String to : dependencies(source)) {
						graph.add(from, unit.apply(to), file.getFileName().toString());
					}
				}
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			return graph;
		}

		/** The packages of org.catchup a source file uses, read from its imports and its code. */
		static Set<String> dependencies(String source) {
			Set<String> packages = new TreeSet<>();
			Matcher imports = IMPORT.matcher(source);
			while (imports.find()) {
				String name = imports.group(1);
				if (name.startsWith(ROOT + ".")) {
					packages.add(packageOf(name, source.substring(imports.start(), imports.end()).contains("*")));
				}
			}
			Matcher qualified = QUALIFIED.matcher(withoutCommentsAndText(source.replaceAll("(?m)^(package|import)\\s.*$", "")));
			while (qualified.find()) {
				packages.add(packageOf(qualified.group(), false));
			}
			Matcher declared = PACKAGE.matcher(source);
			if (declared.find()) {
				packages.remove(declared.group(1));
			}
			return packages;
		}

		// org.catchup.a.Type.Inner -> org.catchup.a; org.catchup.a.* -> org.catchup.a
		private static String packageOf(String name, boolean wildcard) {
			List<String> parts = new ArrayList<>();
			for (String part : name.split("\\.")) {
				if (Character.isUpperCase(part.charAt(0))) {
					return String.join(".", parts);
				}
				parts.add(part);
			}
			return wildcard ? name : String.join(".", parts.subList(0, parts.size() - 1));
		}

		private static String withoutCommentsAndText(String source) {
			StringBuilder code = new StringBuilder(source.length());
			int i = 0;
			while (i < source.length()) {
				if (source.startsWith("//", i)) {
					i = end(source, source.indexOf('\n', i));
				}
				else if (source.startsWith("/*", i)) {
					i = end(source, source.indexOf("*/", i + 2)) + 2;
				}
				else if (source.startsWith("\"\"\"", i)) {
					i = end(source, source.indexOf("\"\"\"", i + 3)) + 3;
				}
				else if (source.charAt(i) == '"' || source.charAt(i) == '\'') {
					char quote = source.charAt(i++);
					while (i < source.length() && source.charAt(i) != quote) {
						i += source.charAt(i) == '\\' ? 2 : 1;
					}
					i++;
				}
				else {
					code.append(source.charAt(i++));
				}
			}
			return code.toString();
		}

		private static int end(String source, int index) {
			return index < 0 ? source.length() : index;
		}

		void add(String from, String to, String file) {
			edges.computeIfAbsent(to, k -> new TreeMap<>());
			if (!from.equals(to)) {
				edges.computeIfAbsent(from, k -> new TreeMap<>()).computeIfAbsent(to, k -> new TreeSet<>()).add(file);
			}
		}

		/** The same imports without those between the two packages of each "a <-> b". */
		Graph without(Set<String> pairs) {
			Graph rest = new Graph();
			edges.forEach((from, to) -> {
				rest.edges.computeIfAbsent(from, k -> new TreeMap<>());
				to.forEach((target, files) -> {
					if (!pairs.contains(pair(from, target))) {
						files.forEach(file -> rest.add(from, target, file));
					}
				});
			});
			return rest;
		}

		Set<String> uses(String from) {
			return edges.getOrDefault(from, Map.of()).keySet();
		}

		boolean importEachOther(String pair) {
			String[] ends = pair.split(" <-> ");
			return edges.getOrDefault(ends[0], Map.of()).containsKey(ends[1])
					&& edges.getOrDefault(ends[1], Map.of()).containsKey(ends[0]);
		}

		private static String pair(String a, String b) {
			return a.compareTo(b) < 0 ? a + " <-> " + b : b + " <-> " + a;
		}

		long edgeCount() {
			return edges.values().stream().mapToLong(Map::size).sum();
		}

		/** The strongly connected groups of two or more packages (Tarjan), each a circle of imports. */
		List<Set<String>> circles() {
			Map<String, Integer> index = new HashMap<>();
			Map<String, Integer> low = new HashMap<>();
			Deque<String> stack = new ArrayDeque<>();
			Set<String> onStack = new HashSet<>();
			List<Set<String>> found = new ArrayList<>();
			for (String start : edges.keySet()) {
				if (!index.containsKey(start)) {
					connect(start, index, low, stack, onStack, found);
				}
			}
			return found;
		}

		private void connect(String node, Map<String, Integer> index, Map<String, Integer> low, Deque<String> stack,
				Set<String> onStack, List<Set<String>> found) {
			index.put(node, index.size());
			low.put(node, index.get(node));
			stack.push(node);
			onStack.add(node);
			for (String next : edges.get(node).keySet()) {
				if (!index.containsKey(next)) {
					connect(next, index, low, stack, onStack, found);
					low.put(node, Math.min(low.get(node), low.get(next)));
				}
				else if (onStack.contains(next)) {
					low.put(node, Math.min(low.get(node), index.get(next)));
				}
			}
			if (low.get(node).equals(index.get(node))) {
				Set<String> group = new TreeSet<>();
				String member;
				do {
					member = stack.pop();
					onStack.remove(member);
					group.add(member);
				}
				while (!member.equals(node));
				if (group.size() > 1) {
					found.add(group);
				}
			}
		}

		/** Every import inside the circle, with the files that make it. */
		String describe(Set<String> circle) {
			return circle.stream()
				.flatMap(a -> edges.get(a)
					.entrySet()
					.stream()
					.filter(e -> circle.contains(e.getKey()))
					.map(e -> a + " -> " + e.getKey() + " (" + String.join(", ", e.getValue()) + ")"))
				.collect(Collectors.joining("\n  ", "circle " + circle + ":\n  ", ""));
		}

	}

}
