import { createRequire } from "node:module";

type Queryable = { prototype: { query: (...args: unknown[]) => unknown } };

/**
 * Counts the SQL statements sent through node-postgres (which Prisma's pg
 * adapter uses) while `work` runs. Transaction control statements are not
 * counted: we care about round trips that fetch data.
 */
export async function countQueries<T>(work: () => Promise<T>): Promise<{ result: T; queries: number; statements: string[] }> {
  const Client = createRequire(import.meta.url)("pg").Client as Queryable;
  const original = Client.prototype.query;
  const statements: string[] = [];
  Client.prototype.query = function (this: unknown, ...args: unknown[]) {
    const first = args[0];
    const text = typeof first === "string" ? first : ((first as { text?: string } | undefined)?.text ?? "");
    if (!/^(BEGIN|COMMIT|ROLLBACK|SET|SAVEPOINT|RELEASE)/i.test(text.trim())) statements.push(text);
    return original.apply(this, args);
  };
  try {
    const result = await work();
    return { result, queries: statements.length, statements };
  } finally {
    Client.prototype.query = original;
  }
}
