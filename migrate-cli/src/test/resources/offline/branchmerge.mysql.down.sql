-- migrate downgrade eeee0005:base for mysql

SET NAMES utf8mb4;

-- Running downgrade eeee0005 -> cccc0003, dddd0004, Merge billing and seed
INSERT INTO migrate_version (version_num) VALUES ('cccc0003');

UPDATE migrate_version SET version_num = 'dddd0004' WHERE version_num = 'eeee0005';

-- Running downgrade cccc0003 -> bbbb0002, Create invoices
DROP TABLE invoices;

DELETE FROM migrate_version WHERE version_num = 'cccc0003';

-- Running downgrade dddd0004 -> bbbb0002, Seed accounts
DELETE FROM accounts WHERE email = 'ob@example.com' OR email IS NULL;

UPDATE migrate_version SET version_num = 'bbbb0002' WHERE version_num = 'dddd0004';

-- Running downgrade bbbb0002 -> aaaa0001, Add email to accounts
DROP INDEX ix_accounts_email ON accounts;

ALTER TABLE accounts DROP COLUMN email;

UPDATE migrate_version SET version_num = 'aaaa0001' WHERE version_num = 'bbbb0002';

-- Running downgrade aaaa0001 -> , Create accounts
DROP TABLE accounts;

DELETE FROM migrate_version WHERE version_num = 'aaaa0001';

