package org.catchup.web.security;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The first administrator, created on a start that finds no user of that name.
 *
 * @param username CATCHUP_ADMIN_USERNAME, {@code admin} by default
 * @param password CATCHUP_ADMIN_PASSWORD; there is no default
 */
@ConfigurationProperties("catchup.admin")
public record AdminProperties(String username, String password) {
}
