package org.catchup.assistance;

import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.catchup.assistance.AssistanceRegister.Source;
import org.catchup.assistance.AssistanceRegister.Stored;
import org.catchup.figures.Enterprise;
import org.catchup.figures.RegisteredAssistance;
import org.catchup.validation.ProblemCode;
import org.catchup.warehouse.ReferenceDataRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The assistance register for people (web pages, JSON API): agree an offered pair, add any
 * pair, end one, read the register and its history. The same {@link PairRules} as the register
 * job; every change is recorded with who made it and when.
 */
@Service
public class AssistanceService {

	private final AssistanceRegister register;

	private final ReferenceDataRepository reference;

	public AssistanceService(AssistanceRegister register, ReferenceDataRepository reference) {
		this.register = register;
		this.reference = reference;
	}

	/** The rules against the reference data and the teams known now. */
	public PairRules rules() {
		Set<String> enterprises = reference.enterprises().stream().map(Enterprise::code).collect(Collectors.toSet());
		return new PairRules(enterprises, register.knownTeams());
	}

	/**
	 * Registers {@code pair}, or updates its To and note when the same pair and start month is
	 * registered already.
	 * @throws InvalidPairException naming every field that is wrong
	 */
	@Transactional
	public Stored add(PairRules.Candidate pair, Source source, String who) {
		List<PairRules.Violation> violations = rules().check(pair, EnumSet.noneOf(PairRules.Field.class));
		if (!violations.isEmpty()) {
			throw new InvalidPairException(violations);
		}
		RegisteredAssistance assistance = pair.toAssistance();
		register.put(assistance, source, who, LocalDateTime.now());
		return register.find(AssistanceRegister.Key.of(assistance)).orElseThrow();
	}

	/** Agrees a pair the bulletin of {@code month} offered: the help starts the month after. */
	@Transactional
	public Stored agree(String helperEnterprise, String helperTeam, String helpedEnterprise, String helpedTeam,
			YearMonth month, Source source, String who) {
		return add(new PairRules.Candidate(helperEnterprise, helperTeam, helpedEnterprise, helpedTeam,
				month.plusMonths(1), null, null), source, who);
	}

	/**
	 * Ends the help with {@code to}, its last month.
	 * @throws UnknownPairException when no pair has this id
	 * @throws InvalidPairException when {@code to} is before the pair's From
	 */
	@Transactional
	public Stored end(long id, YearMonth to, Source source, String who) {
		Stored pair = byId(id);
		if (to.isBefore(pair.assistance().from())) {
			throw new InvalidPairException(List.of(new PairRules.Violation(PairRules.Field.TO,
					ProblemCode.TO_BEFORE_FROM, "To " + to + " is before From " + pair.assistance().from() + ".")));
		}
		register.end(id, to, source, who, LocalDateTime.now());
		return byId(id);
	}

	public Stored byId(long id) {
		return register.byId(id).orElseThrow(() -> new UnknownPairException(id));
	}

	/** Every registered pair, the latest start first. */
	public List<Stored> all() {
		return register.all();
	}

	/** The pairs whose help runs in {@code month}. */
	public List<RegisteredAssistance> activeIn(YearMonth month) {
		return register.activeIn(month).stream().map(Stored::assistance).toList();
	}

	/** The pairs whose helper or helped team belongs to one of {@code enterprises}. */
	public List<Stored> concerning(Set<String> enterprises) {
		return register.all()
			.stream()
			.filter(pair -> enterprises.contains(pair.assistance().helpedEnterpriseCode())
					|| enterprises.contains(pair.assistance().helperEnterpriseCode()))
			.toList();
	}

	/** The teams a pair may name. */
	public List<AssistanceRegister.KnownTeam> teams() {
		return register.teams();
	}

	public List<AssistanceRegister.Recorded> history(long id) {
		byId(id);
		return register.history(id);
	}

}
