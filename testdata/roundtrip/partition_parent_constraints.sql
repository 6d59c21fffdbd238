-- Primary key, unique, indexes, foreign keys and checks declared on a partitioned parent and cloned onto its partitions.
CREATE TABLE accounts (id integer PRIMARY KEY);
CREATE TABLE tx (
    id bigint NOT NULL,
    day date NOT NULL,
    account_id integer REFERENCES accounts ON DELETE CASCADE,
    amount numeric CHECK (amount <> 0),
    ref text,
    PRIMARY KEY (id, day),
    UNIQUE (ref, day)
) PARTITION BY RANGE (day);
CREATE INDEX tx_account ON tx (account_id);
CREATE INDEX ON tx (amount DESC) WHERE amount > 0;
CREATE TABLE tx_2024 PARTITION OF tx FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE TABLE tx_2025 PARTITION OF tx FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
ALTER TABLE tx ADD CONSTRAINT tx_amount_small CHECK (amount < 1000000);
CREATE TABLE tx_old (id bigint NOT NULL, day date NOT NULL, account_id integer, amount numeric, ref text,
    CONSTRAINT tx_amount_check CHECK (amount <> 0), CONSTRAINT tx_amount_small CHECK (amount < 1000000));
ALTER TABLE tx ATTACH PARTITION tx_old FOR VALUES FROM ('2000-01-01') TO ('2024-01-01');
CREATE TABLE refs (id bigint, day date, FOREIGN KEY (id, day) REFERENCES tx);
