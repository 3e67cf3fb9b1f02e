package org.catchup.web.error;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.stream.Collectors;

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
 * problem (RFC 9457 problem details). Pages and the API say the same thing.
 */
public final class Problems {

	private final DataSize maxUpload;

	public Problems(DataSize maxUpload) {
		this.maxUpload = maxUpload;
	}

	/** The problem for an exception a controller (or Spring MVC before it) threw; null when it is not a client's. */
	public ProblemDetail of(Throwable ex, String path) {
		if (ex instanceof MethodArgumentTypeMismatchException mismatch) {
			return problem(HttpStatus.BAD_REQUEST, typeMismatch(mismatch), path);
		}
		if (ex instanceof MissingServletRequestParameterException missing) {
			return problem(HttpStatus.BAD_REQUEST, "The parameter `" + missing.getParameterName() + "` is missing: "
					+ expected(missing.getMethodParameter(), missing.getParameterType()) + " is expected.", path);
		}
		if (ex instanceof MissingServletRequestPartException missing) {
			return problem(HttpStatus.BAD_REQUEST,
					"The upload has no file: the multipart part `" + missing.getRequestPartName() + "` is missing.", path);
		}
		if (ex instanceof MaxUploadSizeExceededException) {
			return problem(HttpStatus.CONTENT_TOO_LARGE, tooLarge(), path);
		}
		if (ex instanceof MultipartException) {
			return problem(HttpStatus.BAD_REQUEST,
					"The request is not a readable multipart upload: send the file as multipart/form-data.", path);
		}
		if (ex instanceof NoResourceFoundException || ex instanceof NoHandlerFoundException) {
			return notFound(path);
		}
		if (ex instanceof HttpRequestMethodNotSupportedException method) {
			return problem(HttpStatus.METHOD_NOT_ALLOWED, "The address " + path + " does not take " + method.getMethod()
					+ " requests" + allowed(method) + ".", path);
		}
		if (ex instanceof HttpMediaTypeNotSupportedException media) {
			return problem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "The content type " + media.getContentType()
					+ " is not accepted here; send " + media.getSupportedMediaTypes().stream()
						.map(Object::toString)
						.collect(Collectors.joining(" or ")) + ".", path);
		}
		if (ex instanceof HttpMessageNotReadableException) {
			return problem(HttpStatus.BAD_REQUEST,
					"The request body is not readable: send well-formed JSON with the documented fields.", path);
		}
		if (ex instanceof MissingPathVariableException) {
			return problem(HttpStatus.INTERNAL_SERVER_ERROR, null, path);
		}
		if (ex instanceof BindException bind) {
			return problem(HttpStatus.BAD_REQUEST, fieldErrors(bind), path);
		}
		if (ex instanceof ResponseStatusException status) {
			if (status.getReason() == null && status.getStatusCode().value() == 404) {
				return notFound(path);
			}
			return problem(status.getStatusCode(), status.getReason(), path);
		}
		if (ex instanceof ErrorResponse response) {
			return problem(response.getStatusCode(), response.getBody().getDetail(), path);
		}
		return null;
	}

	public ProblemDetail notFound(String path) {
		return problem(HttpStatus.NOT_FOUND,
				"There is nothing at " + path + ". It may have been removed, or the address is mistyped.", path);
	}

	public String tooLarge() {
		return "The upload is larger than the limit of " + megabytes() + " MB; a monthly workbook is usually far smaller.";
	}

	public long megabytes() {
		return maxUpload.toMegabytes();
	}

	/** A problem with the given status; without a reason (null or blank) it gets the status's usual sentence. */
	public static ProblemDetail problem(HttpStatusCode status, String reason, String path) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status,
				reason == null || reason.isBlank() ? usualReason(status.value()) : reason);
		HttpStatus known = HttpStatus.resolve(status.value());
		problem.setTitle(known == null ? "Error " + status.value() : known.getReasonPhrase());
		if (path != null) {
			problem.setInstance(URI.create(UriUtils.encodePath(path, StandardCharsets.UTF_8)));
		}
		return problem;
	}

	static String usualReason(int status) {
		return switch (status) {
			case 400 -> "The request is not understood: check the address and the form's values.";
			case 401 -> "Sign in first (scripts: HTTP Basic with a user name and password).";
			case 403 -> "This belongs to another enterprise or another role. If you think you should see it, ask an administrator.";
			case 404 -> "There is nothing here. It may have been removed, or the address is mistyped.";
			case 405 -> "This address does not take this kind of request.";
			case 413 -> "The upload is too large.";
			case 415 -> "This kind of content is not accepted here.";
			case 422 -> "The request is understood but its content has errors.";
			default -> status >= 500 ? "Something went wrong on the server; nothing you did caused it."
					: "The request could not be answered.";
		};
	}

	private static String typeMismatch(MethodArgumentTypeMismatchException ex) {
		MethodParameter parameter = ex.getParameter();
		String kind = parameter.hasParameterAnnotation(PathVariable.class) ? "The address part `" : "The parameter `";
		return kind + ex.getName() + "` must be " + expected(parameter, ex.getRequiredType()) + "; `" + ex.getValue()
				+ "` is not.";
	}

	private static String expected(MethodParameter parameter, Object type) {
		if (parameter != null) {
			return expected(parameter.getNestedParameterType());
		}
		return expected(type);
	}

	private static String expected(Object type) {
		if (type instanceof String name) {
			return switch (name) {
				case "long", "int", "Long", "Integer" -> "a whole number";
				default -> "a value";
			};
		}
		if (!(type instanceof Class<?> required)) {
			return "a value";
		}
		if (required == long.class || required == Long.class || required == int.class || required == Integer.class) {
			return "a whole number";
		}
		if (required == YearMonth.class) {
			return "a month as YYYY-MM (for example 1959-09)";
		}
		if (required == LocalDate.class) {
			return "a date as YYYY-MM-DD";
		}
		if (required == boolean.class || required == Boolean.class) {
			return "true or false";
		}
		if (required.isEnum()) {
			return "one of " + Arrays.stream(required.getEnumConstants()).map(Object::toString).collect(Collectors.joining(", "));
		}
		if (required == String.class) {
			return "a text";
		}
		return "a " + required.getSimpleName();
	}

	private static String allowed(HttpRequestMethodNotSupportedException ex) {
		return ex.getSupportedMethods() == null ? "" : " (only " + String.join(", ", ex.getSupportedMethods()) + ")";
	}

	private static String fieldErrors(BindException ex) {
		String fields = ex.getFieldErrors()
			.stream()
			.map(error -> "`" + error.getField() + "` " + error.getDefaultMessage())
			.collect(Collectors.joining("; "));
		return fields.isEmpty() ? "The form's values are not valid." : "The form's values are not valid: " + fields + ".";
	}

}
