package org.catchup.i18n;

import java.util.Arrays;
import java.util.List;

/**
 * A sentence not yet worded: its key in the message bundles and what fills it in. Rules return
 * these, so that each page words them in its reader's language ({@link Texts#get(Message)}).
 */
public record Message(String key, List<Object> arguments) {

	public Message {
		arguments = List.copyOf(arguments);
	}

	public static Message of(String key, Object... arguments) {
		return new Message(key, Arrays.asList(arguments));
	}

	public Object[] argumentArray() {
		return arguments.toArray();
	}

}
