package org.catchup.jobs;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import org.catchup.figures.MonthText;

/**
 * What each job accepts, checked before a run starts, for every way of starting one (command
 * line, schedule, web page, JSON API):
 * <ul>
 * <li>{@code reference-data}: {@code file} (required), the reference workbook;</li>
 * <li>{@code consolidation}: {@code inbox}, the folder to consolidate (default: the inbox);</li>
 * <li>{@code bulletin}: {@code month} as YYYY-MM, not after the current month (default: the month
 * before the current one), {@code scope}, {@code ALL} or an enterprise code (default ALL),
 * {@code enterprises}, {@code true} or {@code false}: with scope ALL, also one bulletin per
 * enterprise (default true), and {@code resend}, {@code true} or {@code false}: mail the bulletins
 * again to subscribers an earlier run of the month mailed already (default false);</li>
 * <li>{@code assistance-register}: {@code file} (required), the register workbook.</li>
 * </ul>
 * Paths given from the web or the API must resolve, links and {@code ..} followed, inside
 * their configured folder: the inbox for {@code inbox}, the uploads folder of the workbooks
 * (reference data, assistance register) for {@code file}. The refusal reads the same whether or not the named path exists.
 */
public final class JobParameterRules {

	static final String REFERENCE_DATA = "reference-data";

	static final String CONSOLIDATION = "consolidation";

	static final String BULLETIN = "bulletin";

	static final String ASSISTANCE_REGISTER = "assistance-register";

	private static final Map<String, List<String>> KEYS = Map.of(REFERENCE_DATA, List.of("file"), CONSOLIDATION,
			List.of("inbox"), BULLETIN, List.of("month", "scope", "enterprises", "resend"), ASSISTANCE_REGISTER, List.of("file"));

	private static final Map<String, String> HELP = Map.of(REFERENCE_DATA,
			"file: the reference workbook (required; from the web, a file in the reference uploads folder).",
			CONSOLIDATION, "inbox: the folder to consolidate (default: the inbox; from the web, a folder inside it).",
			BULLETIN, "month: YYYY-MM, not after the current month (default: last month); scope: ALL or an enterprise code (default: ALL); resend: true mails the month's bulletins again to subscribers who had them (default: false).");

	private static final int CODES_LISTED = 30;

	private final Path inbox;

	private final Path referenceUploads;

	private final Supplier<Set<String>> enterpriseCodes;

	private final Clock clock;

	/**
	 * @param inbox the folder web runs of the consolidation may read
	 * @param referenceUploads the folder web runs of the reference data may read
	 * @param enterpriseCodes the enterprise codes known now, asked only when a scope is given
	 */
	public JobParameterRules(Path inbox, Path referenceUploads, Supplier<Set<String>> enterpriseCodes, Clock clock) {
		this.inbox = inbox;
		this.referenceUploads = referenceUploads;
		this.enterpriseCodes = enterpriseCodes;
		this.clock = clock;
	}

	/** The parameters each job knows, for messages and documentation. */
	public static List<String> keys(String jobName) {
		return KEYS.getOrDefault(jobName, List.of());
	}

	/** One line for people on what the job accepts and its defaults. */
	public static String help(String jobName) {
		return HELP.getOrDefault(jobName, "No parameters.");
	}

	/**
	 * The parameters a run gets: the job file's {@code defaults} overridden by {@code given},
	 * checked, with the computed defaults added and confined paths replaced by their real path.
	 * @throws InvalidJobParameterException naming the first parameter at fault
	 */
	public Map<String, String> check(String jobName, Map<String, String> defaults, Map<String, String> given,
			ParameterOrigin origin) {
		List<String> known = keys(jobName);
		Map<String, String> merged = new LinkedHashMap<>(defaults);
		merged.putAll(given);
		for (String key : merged.keySet()) {
			if (!known.contains(key)) {
				throw new InvalidJobParameterException(key, known.isEmpty()
						? "The job %s takes no parameters, so %s= is not one of them.".formatted(jobName, key)
						: "Unknown parameter %s= for the job %s; it knows %s.".formatted(key, jobName,
								String.join(", ", known)));
			}
		}
		Map<String, String> checked = new LinkedHashMap<>();
		merged.forEach((key, value) -> {
			String trimmed = value == null ? "" : value.strip();
			boolean confined = origin.confined() && given.containsKey(key);
			checked.put(key, switch (key) {
				case "month" -> month(trimmed).toString();
				case "scope" -> scope(trimmed);
				case "enterprises", "resend" -> yesOrNo(key, trimmed);
				case "inbox" -> confined ? confine(key, trimmed, inbox, true) : required(key, trimmed);
				case "file" -> confined ? confine(key, trimmed, referenceUploads, false) : required(key, trimmed);
				default -> trimmed;
			});
		});
		if (jobName.equals(REFERENCE_DATA) && !checked.containsKey("file")) {
			throw new InvalidJobParameterException("file",
					"The job reference-data needs file=<the reference workbook>.");
		}
		if (jobName.equals(ASSISTANCE_REGISTER) && !checked.containsKey("file")) {
			throw new InvalidJobParameterException("file",
					"The job assistance-register needs file=<the register workbook>.");
		}
		if (jobName.equals(BULLETIN)) {
			checked.putIfAbsent("month", YearMonth.now(clock).minusMonths(1).toString());
			checked.putIfAbsent("scope", "ALL");
		}
		return checked;
	}

	private YearMonth month(String value) {
		try {
			return MonthText.parseBegun(value, clock);
		}
		catch (MonthText.Refused refused) {
			throw new InvalidJobParameterException("month", switch (refused.fault()) {
				case NOT_A_MONTH -> "month=%s is not a month like 1959-09.".formatted(value);
				case NO_SUCH_MONTH -> "month=%s is not a month like 1959-09: there is no month %s.".formatted(value,
						value.substring(5));
				case NOT_BEGUN -> "month=%s has not begun yet; the latest month is %s.".formatted(value,
						YearMonth.now(clock));
			});
		}
	}

	private String scope(String value) {
		if (value.isEmpty() || value.equals("ALL")) {
			return "ALL";
		}
		Set<String> codes = enterpriseCodes.get();
		if (!codes.contains(value)) {
			String known = codes.isEmpty() ? "no enterprise is known yet (load the reference data first)"
					: codes.size() <= CODES_LISTED ? "the known codes are " + String.join(", ", codes.stream().sorted().toList())
							: codes.size() + " enterprise codes are known";
			throw new InvalidJobParameterException("scope",
					"scope=%s is neither ALL nor the code of a known enterprise; %s.".formatted(value, known));
		}
		return value;
	}

	private static String yesOrNo(String key, String value) {
		if (!value.equals("true") && !value.equals("false")) {
			throw new InvalidJobParameterException(key, "%s=%s must be true or false.".formatted(key, value));
		}
		return value;
	}

	private static String required(String key, String value) {
		if (value.isEmpty()) {
			throw new InvalidJobParameterException(key, "%s= is empty; give a path or leave it out.".formatted(key));
		}
		return value;
	}

	/**
	 * The real path of {@code value} (relative to {@code root}) when it lies inside root. Any
	 * failure, a missing path included, gives the same sentence, so nothing is learnt about
	 * paths outside the folder.
	 */
	private static String confine(String key, String value, Path root, boolean folder) {
		Path allowed = root.toAbsolutePath().normalize();
		InvalidJobParameterException refused = new InvalidJobParameterException(key,
				"%s= must name an existing %s inside %s; a run started from the web or the API reads nothing else."
					.formatted(key, folder ? "folder" : "file", allowed));
		if (value.isEmpty()) {
			throw refused;
		}
		try {
			Path realRoot = allowed.toRealPath();
			Path real = allowed.resolve(value).toRealPath();
			boolean inside = folder ? real.startsWith(realRoot) : real.startsWith(realRoot) && !real.equals(realRoot);
			if (!inside || (folder ? !Files.isDirectory(real) : !Files.isRegularFile(real))) {
				throw refused;
			}
			return real.toString();
		}
		catch (IOException | InvalidPathException | SecurityException ex) {
			throw refused;
		}
	}

}
