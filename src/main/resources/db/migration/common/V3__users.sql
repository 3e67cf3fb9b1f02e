-- The people who sign in to the web application. Same SQL on H2 (MODE=MySQL) and MySQL/MariaDB.
-- Passwords are BCrypt hashes; there is no built-in user: the first administrator comes from
-- configuration (catchup.admin.*) or, in demo mode only, the demo users.
CREATE TABLE app_user (
    id            BIGINT       NOT NULL AUTO_INCREMENT,
    username      VARCHAR(100) NOT NULL,
    password_hash VARCHAR(100) NOT NULL,
    display_name  VARCHAR(200) NOT NULL,
    enabled       BOOLEAN      NOT NULL,
    created_at    DATETIME(6)  NOT NULL,
    CONSTRAINT pk_app_user PRIMARY KEY (id),
    CONSTRAINT uq_app_user_username UNIQUE (username)
);

CREATE TABLE app_user_role (
    user_id BIGINT      NOT NULL,
    role    VARCHAR(16) NOT NULL,
    CONSTRAINT pk_app_user_role PRIMARY KEY (user_id, role),
    CONSTRAINT fk_app_user_role_user FOREIGN KEY (user_id) REFERENCES app_user (id),
    CONSTRAINT ck_app_user_role CHECK (role IN ('SUBMITTER', 'OPERATOR', 'COMMITTEE', 'ADMIN'))
);

-- The enterprises a SUBMITTER uploads for. No foreign key to enterprise: a user may be set up
-- before the planning office's reference workbook names the enterprise.
CREATE TABLE app_user_enterprise (
    user_id         BIGINT      NOT NULL,
    enterprise_code VARCHAR(32) NOT NULL,
    CONSTRAINT pk_app_user_enterprise PRIMARY KEY (user_id, enterprise_code),
    CONSTRAINT fk_app_user_enterprise_user FOREIGN KEY (user_id) REFERENCES app_user (id)
);
