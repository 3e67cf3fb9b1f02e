package org.catchup.web.security;

import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import org.catchup.users.Role;
import org.catchup.users.UserAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.boot.DefaultApplicationArguments;

class UserBootstrapTest {

	private final UserAccounts accounts = mock(UserAccounts.class);

	@Test
	void serveRefusesToStartWithoutAnyWayForAnAdministratorToSignIn() {
		UserBootstrap bootstrap = new UserBootstrap(accounts, new AdminProperties("admin", ""), false);
		assertThatIllegalStateException().isThrownBy(() -> bootstrap.run(new DefaultApplicationArguments("serve")))
			.withMessageContaining("CATCHUP_ADMIN_PASSWORD");
		verify(accounts, never()).create(any());
	}

	@Test
	void theFirstAdministratorComesFromConfiguration() {
		when(accounts.countWithRole(Role.ADMIN)).thenReturn(1);
		new UserBootstrap(accounts, new AdminProperties("chief", "a long secret"), false)
			.run(new DefaultApplicationArguments("serve"));
		verify(accounts).create(argThat(user -> user.username().equals("chief")
				&& user.roles().contains(Role.ADMIN) && user.password().equals("a long secret")));
	}

	@Test
	void demoUsersOnlyWhenAskedFor() {
		when(accounts.countWithRole(Role.ADMIN)).thenReturn(1);
		new UserBootstrap(accounts, new AdminProperties("admin", null), false)
			.run(new DefaultApplicationArguments("serve"));
		verify(accounts, never()).create(any());
		new UserBootstrap(accounts, new AdminProperties("admin", null), false)
			.run(new DefaultApplicationArguments("serve", "--demo-users"));
		verify(accounts).create(argThat(user -> user.username().equals("finance")
				&& user.enterprises().contains("OBS") && user.roles().contains(Role.SUBMITTER)));
	}

	@Test
	void otherCommandsStartWithoutAnAdministrator() {
		UserBootstrap bootstrap = new UserBootstrap(accounts, new AdminProperties("admin", null), false);
		assertThatNoException().isThrownBy(() -> bootstrap.run(new DefaultApplicationArguments("run", "consolidation")));
	}

}
