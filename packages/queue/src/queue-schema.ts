/** The Postgres schema pg-boss keeps its tables in, shared by workers and the dashboard. */
export const QUEUE_SCHEMA = "pgboss";
