-- Rate limits' token buckets when they are shared by every instance (unknot.rate-limit.store=database,
-- the postgres profile): Bucket4j's PostgreSQL layout, one row per client and limit. Unused on H2,
-- where the buckets are kept in memory.
create table rate_limit_bucket (
    id varchar(200) primary key,
    state bytea,
    expires_at bigint
);
