-- A session may come with an id its device made (a UUID), so that sending it again, after a lost
-- answer or a closed tab, is known as the same session. Unique per routine; most rows have none, and
-- both H2 and PostgreSQL let any number of rows share a null in a unique index.
alter table routine_session add column client_id varchar(36);
create unique index routine_session_client_id on routine_session (routine_id, client_id);

-- When the server took the session in, which the 24-hour cap counts by: logged_at may now be the
-- time the device says it was done, days before it was sent.
alter table routine_session add column received_at timestamp;
update routine_session set received_at = logged_at;
alter table routine_session alter column received_at set not null;
create index routine_session_by_received on routine_session (routine_id, received_at);
