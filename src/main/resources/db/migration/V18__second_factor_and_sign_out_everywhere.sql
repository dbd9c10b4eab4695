-- Sign-in, hardened (issue 13): a second factor for the roles that see the most, and sign-out everywhere.

-- A session that started before this moment has ended, on every instance: set by "sign out everywhere"
-- and by a password change.
alter table accounts add column signed_out_before timestamp;

-- An authenticator app (TOTP, RFC 6238) enrolled for an account: its secret, encrypted, and the
-- last time step whose code was accepted, so that no code is accepted twice.
create table totp_enrolments (
    account_id     bigint       not null primary key references accounts (id),
    secret         varchar(200) not null,
    last_used_step bigint,
    enrolled_at    timestamp    not null
);

-- Recovery codes for when the phone is lost: only a hash is kept, and each code works once.
create table recovery_codes (
    account_id bigint      not null references accounts (id),
    code_hash  varchar(64) not null,
    used_at    timestamp,
    constraint recovery_codes_unique unique (account_id, code_hash)
);

-- Wrong codes are throttled like wrong passwords, under the username with a prefix.
alter table login_failures alter column username set data type varchar(120);
