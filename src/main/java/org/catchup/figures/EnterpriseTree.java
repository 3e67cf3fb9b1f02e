package org.catchup.figures;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The parent tree of the reference data: levels (0 = top level), the units below a combine
 * and which enterprises submit (those no other enterprise names as parent). A parent code
 * that is not in the reference data, or a cycle, makes an enterprise top level rather than
 * failing the bulletin.
 */
final class EnterpriseTree {

	private final Map<String, Enterprise> byCode = new TreeMap<>();

	private final Map<String, List<String>> children = new TreeMap<>();

	private final Map<String, Integer> levels = new TreeMap<>();

	EnterpriseTree(Collection<Enterprise> enterprises) {
		enterprises.forEach(enterprise -> byCode.put(enterprise.code(), enterprise));
		for (Enterprise enterprise : byCode.values()) {
			String parent = knownParent(enterprise);
			if (parent != null) {
				children.computeIfAbsent(parent, code -> new ArrayList<>()).add(enterprise.code());
			}
		}
		byCode.keySet().forEach(code -> levels.put(code, depth(code)));
	}

	/** Every enterprise, ordered by code. */
	Collection<Enterprise> enterprises() {
		return byCode.values();
	}

	Enterprise get(String code) {
		return byCode.get(code);
	}

	int level(String code) {
		return levels.getOrDefault(code, 0);
	}

	/** An enterprise submits when nothing sits below it. */
	boolean isSubmitting(String code) {
		return !children.containsKey(code);
	}

	/** The enterprise itself and every unit below it, recursively. */
	Set<String> selfAndBelow(String code) {
		Set<String> found = new LinkedHashSet<>();
		List<String> todo = new ArrayList<>(List.of(code));
		while (!todo.isEmpty()) {
			String next = todo.remove(todo.size() - 1);
			if (found.add(next)) {
				todo.addAll(children.getOrDefault(next, List.of()));
			}
		}
		return found;
	}

	private String knownParent(Enterprise enterprise) {
		String parent = enterprise.parentCode();
		if (parent == null || !byCode.containsKey(parent) || inCycle(enterprise.code())) {
			return null;
		}
		return parent;
	}

	private boolean inCycle(String code) {
		Set<String> seen = new HashSet<>();
		String current = code;
		while (current != null && byCode.containsKey(current)) {
			if (!seen.add(current)) {
				// the walk came round again: a cycle, and it holds code only if it came back to code
				return current.equals(code);
			}
			current = byCode.get(current).parentCode();
		}
		return false;
	}

	private int depth(String code) {
		int depth = 0;
		Set<String> seen = new HashSet<>();
		String parent = knownParent(byCode.get(code));
		while (parent != null && seen.add(parent)) {
			depth++;
			parent = knownParent(byCode.get(parent));
		}
		return depth;
	}

}
