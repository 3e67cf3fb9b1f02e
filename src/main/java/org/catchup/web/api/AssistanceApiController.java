package org.catchup.web.api;

import java.net.URI;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.catchup.assistance.AssistanceRegister.Source;
import org.catchup.assistance.AssistanceRegister;
import org.catchup.assistance.AssistanceService;
import org.catchup.assistance.InvalidPairException;
import org.catchup.assistance.PairRules;
import org.catchup.figures.RegisteredAssistance;
import org.catchup.users.Role;
import org.catchup.validation.ProblemCode;
import org.catchup.web.assistance.KnownPair;
import org.catchup.web.security.CatchUpUser;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * The assistance register as JSON (SPEC §9), with the rules of the pages: the committee and
 * administrators read and write; finance staff read the pairs that concern their enterprises.
 */
@RestController
@RequestMapping(path = "/api/assistance", produces = MediaType.APPLICATION_JSON_VALUE)
class AssistanceApiController {

	/** A pair as JSON: months as {@code YYYY-MM}, {@code to} null while the help goes on. */
	record PairJson(long id, String helperEnterprise, String helperTeam, String helpedEnterprise, String helpedTeam,
			String from, String to, String note) {

		static PairJson of(AssistanceRegister.Stored stored) {
			RegisteredAssistance a = stored.assistance();
			return new PairJson(stored.id(), a.helperEnterpriseCode(), a.helperTeamCode(), a.helpedEnterpriseCode(),
					a.helpedTeamCode(), a.from().toString(), a.to() == null ? null : a.to().toString(), a.note());
		}

	}

	/** What a client sends to register a pair. */
	record NewPair(String helperEnterprise, String helperTeam, String helpedEnterprise, String helpedTeam, String from,
			String to, String note) {
	}

	/** What a client sends to end a pair: its last month. */
	record Ending(String to) {
	}

	record ChangeJson(String action, String source, String changedBy, String changedAt, String to, String note) {
	}

	private final AssistanceService assistance;

	AssistanceApiController(AssistanceService assistance) {
		this.assistance = assistance;
	}

	@GetMapping
	List<PairJson> list(@RequestParam(required = false) String month, @AuthenticationPrincipal CatchUpUser me) {
		List<AssistanceRegister.Stored> pairs = mayWrite(me) ? assistance.all()
				: assistance.concerning(Set.copyOf(me.enterprises()));
		if (month != null) {
			YearMonth active = PairRules.month(month, PairRules.Field.FROM);
			pairs = pairs.stream().filter(pair -> pair.assistance().isActiveIn(active)).toList();
		}
		return pairs.stream().map(PairJson::of).toList();
	}

	@GetMapping("/{id}")
	Map<String, Object> pair(@PathVariable long id, @AuthenticationPrincipal CatchUpUser me) {
		AssistanceRegister.Stored pair = KnownPair.orNotFound(() -> assistance.byId(id));
		if (!mayWrite(me) && !me.mayActFor(pair.assistance().helpedEnterpriseCode())
				&& !me.mayActFor(pair.assistance().helperEnterpriseCode())) {
			throw new ResponseStatusException(HttpStatus.FORBIDDEN, "This pair concerns none of your enterprises.");
		}
		List<ChangeJson> history = assistance.history(id)
			.stream()
			.map(c -> new ChangeJson(c.action().name(), c.source().name(), c.changedBy(), c.changedAt().toString(),
					c.to() == null ? null : c.to().toString(), c.note()))
			.toList();
		return Map.of("pair", PairJson.of(pair), "history", history);
	}

	@PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<PairJson> add(@RequestBody NewPair body, @AuthenticationPrincipal CatchUpUser me) {
		AssistanceRegister.Stored added = assistance.add(new PairRules.Candidate(body.helperEnterprise(),
				body.helperTeam(), body.helpedEnterprise(), body.helpedTeam(), optionalMonth(body.from(),
						PairRules.Field.FROM), optionalMonth(body.to(), PairRules.Field.TO), body.note()),
				Source.API, me.getUsername());
		return ResponseEntity.created(URI.create("/api/assistance/" + added.id())).body(PairJson.of(added));
	}

	@PatchMapping(path = "/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
	PairJson end(@PathVariable long id, @RequestBody Ending body, @AuthenticationPrincipal CatchUpUser me) {
		YearMonth to = optionalMonth(body.to(), PairRules.Field.TO);
		if (to == null) {
			throw InvalidPairException.of(PairRules.Field.TO, ProblemCode.MISSING_PERIOD,
					"give the last month of the help as \"to\": \"YYYY-MM\".");
		}
		return PairJson.of(KnownPair.orNotFound(() -> assistance.end(id, to, Source.API, me.getUsername())));
	}

	/** 422 with every field that is wrong. */
	@ExceptionHandler(InvalidPairException.class)
	ResponseEntity<ProblemDetail> refused(InvalidPairException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT, ex.getMessage());
		problem.setTitle("The pair cannot be registered");
		problem.setProperty("violations", ex.violations()
			.stream()
			.map(v -> Map.of("field", v.field().label(), "code", v.code().name(), "message", v.message()))
			.toList());
		return ResponseEntity.unprocessableContent().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

	private static boolean mayWrite(CatchUpUser me) {
		return me.has(Role.COMMITTEE) || me.has(Role.ADMIN);
	}

	private static YearMonth optionalMonth(String value, PairRules.Field field) {
		return value == null || value.isBlank() ? null : PairRules.month(value, field);
	}

}
