// Buffered multi-row inserts through `INSERT ... SELECT * FROM unnest($1::type[], ...)`: one statement
// per few thousand rows, so a year of data for 500 sources loads in minutes, not hours.
import type pg from "pg";

export interface Column {
  name: string;
  /** The Postgres array element type, e.g. "uuid", "text", "timestamptz", "numeric", "jsonb". */
  type: string;
}

export interface BulkInserter<Row> {
  add(row: Row): Promise<void>;
  flush(): Promise<void>;
  readonly count: number;
}

export function createBulkInserter<Row extends Record<string, unknown>>(
  client: pg.ClientBase,
  table: string,
  columns: readonly Column[],
  batchSize = 4000,
): BulkInserter<Row> {
  let buffer: Row[] = [];
  let count = 0;
  const params = columns.map((column, i) => `$${i + 1}::${column.type === "jsonb" ? "text" : column.type}[]`).join(", ");
  const selectList = columns.map((column, i) => (column.type === "jsonb" ? `c${i}::jsonb` : `c${i}`)).join(", ");
  const sql = `INSERT INTO ${table} (${columns.map((c) => c.name).join(", ")})
    SELECT ${selectList} FROM unnest(${params}) AS t(${columns.map((_, i) => `c${i}`).join(", ")})`;
  const flush = async () => {
    if (buffer.length === 0) return;
    const rows = buffer;
    buffer = [];
    const values = columns.map((column) =>
      rows.map((row) => {
        const value = row[column.name];
        return column.type === "jsonb" && value !== null && value !== undefined ? JSON.stringify(value) : (value ?? null);
      }),
    );
    await client.query(sql, values);
  };
  return {
    async add(row) {
      buffer.push(row);
      count++;
      if (buffer.length >= batchSize) await flush();
    },
    flush,
    get count() {
      return count;
    },
  };
}
