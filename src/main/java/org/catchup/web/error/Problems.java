package org.catchup.web.error;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.BindException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingPathVariableException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import org.springframework.web.util.UriUtils;

/**
 * What a failed request is told: the status, a short title and one sentence naming the
 * problem (RFC 9457 problem details). Pages and the API say the same thing, pages in the
 * reader's language, the API in English ({@code error.*} in the message bundles). A refusal
 * thrown as a {@link Refusal} is worded from its message code.
 */
public final class Problems {

	private final DataSize maxUpload;

	private final MessageSource messages;

	public Problems(DataSize maxUpload, MessageSource messages) {
		this.maxUpload = maxUpload;
		this.messages = messages;
	}

	/** The problem for an exception a controller (or Spring MVC before it) threw; null when it is not a client's. */
	public ProblemDetail of(Throwable ex, String path, Locale locale) {
		if (ex instanceof MethodArgumentTypeMismatchException mismatch) {
			return problem(HttpStatus.BAD_REQUEST, typeMismatch(mismatch, locale), path, locale);
		}
		if (ex instanceof MissingServletRequestParameterException missing) {
			return problem(HttpStatus.BAD_REQUEST, say(locale, "error.parameterMissing", missing.getParameterName(),
					expected(missing.getMethodParameter(), missing.getParameterType(), locale)), path, locale);
		}
		if (ex instanceof MissingServletRequestPartException missing) {
			return problem(HttpStatus.BAD_REQUEST, say(locale, "error.partMissing", missing.getRequestPartName()), path,
					locale);
		}
		if (ex instanceof MaxUploadSizeExceededException) {
			return problem(HttpStatus.CONTENT_TOO_LARGE, tooLarge(locale), path, locale);
		}
		if (ex instanceof MultipartException) {
			return problem(HttpStatus.BAD_REQUEST, say(locale, "error.notMultipart"), path, locale);
		}
		if (ex instanceof NoResourceFoundException || ex instanceof NoHandlerFoundException) {
			return notFound(path, locale);
		}
		if (ex instanceof HttpRequestMethodNotSupportedException method) {
			return problem(HttpStatus.METHOD_NOT_ALLOWED, method.getSupportedMethods() == null
					? say(locale, "error.methodNotAllowed", path, method.getMethod())
					: say(locale, "error.methodNotAllowed.only", path, method.getMethod(),
							String.join(", ", method.getSupportedMethods())), path, locale);
		}
		if (ex instanceof HttpMediaTypeNotSupportedException media) {
			return problem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, say(locale, "error.mediaType",
					String.valueOf(media.getContentType()), media.getSupportedMediaTypes()
						.stream()
						.map(Object::toString)
						.collect(Collectors.joining(", "))), path, locale);
		}
		if (ex instanceof HttpMessageNotReadableException) {
			return problem(HttpStatus.BAD_REQUEST, say(locale, "error.unreadableBody"), path, locale);
		}
		if (ex instanceof MissingPathVariableException) {
			return problem(HttpStatus.INTERNAL_SERVER_ERROR, null, path, locale);
		}
		if (ex instanceof BindException bind) {
			return problem(HttpStatus.BAD_REQUEST, fieldErrors(bind, locale), path, locale);
		}
		if (ex instanceof ResponseStatusException status) {
			if (status.getDetailMessageCode() != null && ex instanceof Refusal) {
				return problem(status.getStatusCode(),
						messages.getMessage(status.getDetailMessageCode(), status.getDetailMessageArguments(), locale),
						path, locale);
			}
			if (status.getReason() == null && status.getStatusCode().value() == 404) {
				return notFound(path, locale);
			}
			return problem(status.getStatusCode(), status.getReason(), path, locale);
		}
		if (ex instanceof ErrorResponse response) {
			return problem(response.getStatusCode(), response.getBody().getDetail(), path, locale);
		}
		return null;
	}

	public ProblemDetail notFound(String path, Locale locale) {
		return problem(HttpStatus.NOT_FOUND, say(locale, "error.notFoundAt", path), path, locale);
	}

	public String tooLarge(Locale locale) {
		return say(locale, "error.tooLarge", String.valueOf(megabytes()));
	}

	public long megabytes() {
		return maxUpload.toMegabytes();
	}

	/** A problem with the given status; without a reason (null or blank) it gets the status's usual sentence. */
	public ProblemDetail problem(HttpStatusCode status, String reason, String path, Locale locale) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status,
				reason == null || reason.isBlank() ? usualReason(status.value(), locale) : reason);
		HttpStatus known = HttpStatus.resolve(status.value());
		problem.setTitle(known == null ? "Error " + status.value() : known.getReasonPhrase());
		if (path != null) {
			problem.setInstance(URI.create(UriUtils.encodePath(path, StandardCharsets.UTF_8)));
		}
		return problem;
	}

	/** The sentence {@code key} in the language of the answer. */
	String say(Locale locale, String key, Object... arguments) {
		return messages.getMessage(key, arguments, locale);
	}

	private String usualReason(int status, Locale locale) {
		String key = switch (status) {
			case 400, 401, 403, 404, 405, 413, 415, 422 -> "error.usual." + status;
			default -> status >= 500 ? "error.usual.5xx" : "error.usual.other";
		};
		return say(locale, key);
	}

	private String typeMismatch(MethodArgumentTypeMismatchException ex, Locale locale) {
		MethodParameter parameter = ex.getParameter();
		return say(locale, parameter.hasParameterAnnotation(PathVariable.class) ? "error.typeMismatch.path"
				: "error.typeMismatch.parameter", ex.getName(), expected(parameter, ex.getRequiredType(), locale),
				String.valueOf(ex.getValue()));
	}

	private String expected(MethodParameter parameter, Object type, Locale locale) {
		if (parameter != null) {
			return expected(parameter.getNestedParameterType(), locale);
		}
		return expected(type, locale);
	}

	private String expected(Object type, Locale locale) {
		if (type instanceof String name) {
			return switch (name) {
				case "long", "int", "Long", "Integer" -> say(locale, "error.expected.wholeNumber");
				default -> say(locale, "error.expected.value");
			};
		}
		if (!(type instanceof Class<?> required)) {
			return say(locale, "error.expected.value");
		}
		if (required == long.class || required == Long.class || required == int.class || required == Integer.class) {
			return say(locale, "error.expected.wholeNumber");
		}
		if (required == YearMonth.class) {
			return say(locale, "error.expected.month");
		}
		if (required == LocalDate.class) {
			return say(locale, "error.expected.date");
		}
		if (required == boolean.class || required == Boolean.class) {
			return say(locale, "error.expected.boolean");
		}
		if (required.isEnum()) {
			return say(locale, "error.expected.oneOf",
					Arrays.stream(required.getEnumConstants()).map(Object::toString).collect(Collectors.joining(", ")));
		}
		if (required == String.class) {
			return say(locale, "error.expected.text");
		}
		return say(locale, "error.expected.type", required.getSimpleName());
	}

	private String fieldErrors(BindException ex, Locale locale) {
		String fields = ex.getFieldErrors()
			.stream()
			.map(error -> "`" + error.getField() + "` " + messages.getMessage(error, locale))
			.collect(Collectors.joining("; "));
		return fields.isEmpty() ? say(locale, "error.formInvalid") : say(locale, "error.formInvalid.fields", fields);
	}

}
