-- migrate upgrade heads for sqlite

BEGIN;

CREATE TABLE migrate_version (version_num VARCHAR(128) NOT NULL, CONSTRAINT migrate_version_pkc PRIMARY KEY (version_num));

-- Running upgrade  -> aaaa0001, Create accounts
CREATE TABLE accounts (id INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT, name VARCHAR(100) NOT NULL, balance NUMERIC(12, 2) NOT NULL DEFAULT 0, note TEXT, created TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP);

CREATE INDEX ix_accounts_name ON accounts (name);

INSERT INTO migrate_version (version_num) VALUES ('aaaa0001');

COMMIT;

BEGIN;

-- Running upgrade aaaa0001 -> bbbb0002, Add email to accounts
ALTER TABLE accounts ADD COLUMN email VARCHAR(255);

CREATE UNIQUE INDEX ix_accounts_email ON accounts (email);

UPDATE migrate_version SET version_num = 'bbbb0002' WHERE version_num = 'aaaa0001';

COMMIT;

BEGIN;

-- Running upgrade bbbb0002 -> dddd0004, Seed accounts
INSERT INTO accounts (name, balance, note, email) VALUES ('O''Brien & Sons', 10.5, 'line one
line two', 'ob@example.com');

INSERT INTO accounts (name, balance, note, email) VALUES ('Back\slash -- not a comment /* nor this */', 0, '$$ dollar $$', NULL);

UPDATE migrate_version SET version_num = 'dddd0004' WHERE version_num = 'bbbb0002';

COMMIT;

BEGIN;

-- Running upgrade bbbb0002 -> cccc0003, Create invoices
CREATE TABLE invoices (id INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT, account_id INTEGER NOT NULL, amount NUMERIC(12, 2) NOT NULL, status VARCHAR(10) NOT NULL DEFAULT 'open', CONSTRAINT fk_invoices_account_id_accounts FOREIGN KEY (account_id) REFERENCES accounts (id) ON DELETE CASCADE, CONSTRAINT ck_invoices_status CHECK (status IN ('open', 'paid')));

CREATE INDEX ix_invoices_account_id ON invoices (account_id);

INSERT INTO migrate_version (version_num) VALUES ('cccc0003');

COMMIT;

BEGIN;

-- Running upgrade cccc0003, dddd0004 -> eeee0005, Merge billing and seed
UPDATE accounts SET note = name || ' (' || email || ')' WHERE email IS NOT NULL;

DELETE FROM migrate_version WHERE version_num = 'cccc0003';

UPDATE migrate_version SET version_num = 'eeee0005' WHERE version_num = 'dddd0004';

COMMIT;

