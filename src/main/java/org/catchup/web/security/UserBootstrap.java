package org.catchup.web.security;

import java.util.List;
import java.util.Set;

import org.catchup.users.NewUser;
import org.catchup.users.Role;
import org.catchup.users.UserAccounts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Creates the first administrator from configuration and, in demo mode only, the demo users
 * (README: one per role, password = user name). {@code serve} refuses to start when nobody
 * could ever sign in as administrator: there is no built-in password.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
@EnableConfigurationProperties(AdminProperties.class)
class UserBootstrap implements ApplicationRunner {

	static final List<NewUser> DEMO_USERS = List.of(
			new NewUser("finance", "finance", "Finance, Otto-Brosowski-Schacht", Set.of(Role.SUBMITTER), Set.of("OBS")),
			new NewUser("operator", "operator", "Night operator", Set.of(Role.OPERATOR), Set.of()),
			new NewUser("committee", "committee", "Committee member", Set.of(Role.COMMITTEE), Set.of()),
			new NewUser("admin", "admin", "Administrator", Set.of(Role.ADMIN), Set.of()));

	private static final Logger log = LoggerFactory.getLogger(UserBootstrap.class);

	private final UserAccounts accounts;

	private final AdminProperties admin;

	private final boolean demoUsers;

	UserBootstrap(UserAccounts accounts, AdminProperties admin, @Value("${catchup.demo-users:false}") boolean demoUsers) {
		this.accounts = accounts;
		this.admin = admin;
		this.demoUsers = demoUsers;
	}

	@Override
	public void run(ApplicationArguments arguments) {
		boolean demo = demoUsers || arguments.containsOption("demo-users");
		String username = admin.username() == null || admin.username().isBlank() ? "admin" : admin.username();
		if (admin.password() != null && !admin.password().isBlank() && !accounts.exists(username)) {
			accounts.create(new NewUser(username, admin.password(), "Administrator", Set.of(Role.ADMIN), Set.of()));
			log.info("Created the first administrator '{}' from CATCHUP_ADMIN_PASSWORD", username);
		}
		if (demo) {
			for (NewUser user : DEMO_USERS) {
				if (!accounts.exists(user.username())) {
					accounts.create(user);
				}
			}
			log.warn("Demo users are on (finance, operator, committee, admin; password = name). Never in production.");
		}
		List<String> commands = arguments.getNonOptionArgs();
		if (!commands.isEmpty() && commands.get(0).equals("serve") && accounts.countWithRole(Role.ADMIN) == 0) {
			throw new IllegalStateException("No administrator: set CATCHUP_ADMIN_PASSWORD (and optionally "
					+ "CATCHUP_ADMIN_USERNAME) for the first start, or use ./catchup serve --demo-users for a demo.");
		}
	}

}
