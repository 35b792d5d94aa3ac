// Prisma's schema engine compiled to WebAssembly, driven through the pg
// driver adapter. The native engine that `prisma migrate` downloads cannot be
// fetched on our machines (docs/decisions/0001-offline-migrations-and-embedded-database.md).
import { readFile, readdir } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import { PrismaPg } from "@prisma/adapter-pg";
import { bindMigrationAwareSqlAdapterFactory } from "@prisma/driver-adapter-utils";
import type * as SchemaEngineWasm from "@prisma/schema-engine-wasm";
import type { MigrationList, SchemaEngine } from "@prisma/schema-engine-wasm";
import type { PoolConfig } from "pg";
import { installJobQueue } from "../../lib/jobs/job-queue";
import { projectRoot } from "./project-root";

export const schemaPath = path.join(projectRoot, "prisma/schema.prisma");
export const migrationsDir = path.join(projectRoot, "prisma/migrations");

// The engine describes a database by reading pg_catalog, whose columns of
// PostgreSQL's one-byte "char" type (oid 18, e.g. pg_class.relkind) the pg
// adapter does not map, so `diff` against a database failed with "Column type
// 'char' could not be deserialized". Its text form is a one-character string,
// so we report such columns as text (oid 25). This module is loaded only by the
// migration tooling and tests, never by the web app.
const PG_CHAR_OID = 18;
const PG_TEXT_OID = 25;
type FieldDescription = { dataTypeID: number };
const pgResultPrototype = (
  createRequire(import.meta.url)("pg/lib/result") as {
    prototype: { addFields(fields: FieldDescription[]): void; __charAsText?: boolean };
  }
).prototype;
if (!pgResultPrototype.__charAsText) {
  const addFields = pgResultPrototype.addFields;
  pgResultPrototype.addFields = function (fields: FieldDescription[]) {
    for (const field of fields) if (field.dataTypeID === PG_CHAR_OID) field.dataTypeID = PG_TEXT_OID;
    addFields.call(this, fields);
  };
  pgResultPrototype.__charAsText = true;
}

const noFilters = { externalTables: [], externalEnums: [] };

type EngineModule = typeof SchemaEngineWasm;

// The engine reports a Rust panic through this global before throwing; without
// it the panic surfaces as an unrelated TypeError that kills the process.
const panicRegistry = {
  lastPanic: "",
  set_message(message: string) {
    this.lastPanic = message;
  },
};
(globalThis as unknown as { PRISMA_WASM_PANIC_REGISTRY?: typeof panicRegistry }).PRISMA_WASM_PANIC_REGISTRY ??= panicRegistry;
let engineModule: Promise<EngineModule> | undefined;

/** Loads the wasm bytes ourselves: Node 20 cannot import `.wasm` modules without a flag. */
function loadEngineModule(): Promise<EngineModule> {
  engineModule ??= (async () => {
    const require = createRequire(import.meta.url);
    const packageDir = path.dirname(require.resolve("@prisma/schema-engine-wasm"));
    const bindings = (await import(path.join(packageDir, "schema_engine_bg.js"))) as EngineModule & {
      __wbg_set_wasm(exports: WebAssembly.Exports): void;
    };
    const bytes = await readFile(path.join(packageDir, "schema_engine_bg.wasm"));
    const { instance } = await WebAssembly.instantiate(bytes, {
      "./schema_engine_bg.js": bindings as unknown as WebAssembly.ModuleImports,
    });
    bindings.__wbg_set_wasm(instance.exports);
    (instance.exports.__wbindgen_start as () => void)();
    return bindings;
  })();
  return engineModule;
}

export async function withSchemaEngine<T>(databaseUrl: string, work: (engine: SchemaEngine) => Promise<T>): Promise<T> {
  const { SchemaEngine } = await loadEngineModule();
  // The engine takes the adapter factory: it opens its own connections, and a
  // shadow database (a fresh CREATE DATABASE) when it replays migrations.
  const adapterFactory = bindMigrationAwareSqlAdapterFactory(new PrismaPgWithShadow(poolConfigFromUrl(databaseUrl)));
  const logs: string[] = [];
  const engine = await SchemaEngine.new({ datamodels: undefined }, (log: string) => logs.push(log), adapterFactory);
  try {
    return await work(engine);
  } catch (error) {
    const panic = panicRegistry.lastPanic ? ` (engine panic: ${panicRegistry.lastPanic})` : "";
    throw new Error(`Schema engine failed: ${describe(error)}${panic}${logs.length ? `\n${logs.join("\n")}` : ""}`);
  } finally {
    engine.free();
  }
}

/**
 * PrismaPg's own shadow database is dropped before its pool is closed, which
 * PostgreSQL refuses ("being accessed by other users") and leaves the database
 * behind. This one closes the pool first and drops with FORCE.
 */
class PrismaPgWithShadow extends PrismaPg {
  constructor(private readonly poolConfig: PoolConfig) {
    super(poolConfig);
  }

  override async connect() {
    return runScriptsWhole(await super.connect());
  }

  override async connectToShadowDb() {
    const main = await this.connect();
    const database = `prisma_migrate_shadow_db_${globalThis.crypto.randomUUID()}`;
    await main.executeScript(`CREATE DATABASE "${database}"`);
    const shadow = runScriptsWhole(await new PrismaPg({ ...this.poolConfig, database }).connect());
    const disposeShadow = shadow.dispose.bind(shadow);
    shadow.dispose = async () => {
      await disposeShadow();
      shadow
        .underlyingDriver()
        .end()
        .catch(() => undefined);
      await main.executeScript(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
      await main.dispose();
    };
    return shadow;
  }
}

type PgAdapter = Awaited<ReturnType<PrismaPg["connect"]>>;

/**
 * PrismaPg's executeScript splits a migration at every semicolon, dollar
 * quotes or not, so a PL/pgSQL function body arrived in pieces. This sends
 * each migration's script whole, as one simple query, as Prisma's native
 * engine does (PostgreSQL runs it in one implicit transaction). Errors go
 * through the adapter's own conversion, so the engine reports them as before.
 */
function runScriptsWhole(adapter: PgAdapter): PgAdapter {
  const convert = (adapter as unknown as { onError(error: unknown): never }).onError.bind(adapter);
  adapter.executeScript = async (script: string) => {
    try {
      await adapter.underlyingDriver().query(script);
    } catch (error) {
      convert(error);
    }
  };
  return adapter;
}

/**
 * Split the URL into fields: PrismaPg makes its shadow database by overriding
 * `database`, which a `connectionString` would silently win over.
 */
function poolConfigFromUrl(databaseUrl: string): PoolConfig {
  const url = new URL(databaseUrl);
  return {
    host: decodeURIComponent(url.hostname) || "localhost",
    port: url.port ? Number(url.port) : 5432,
    user: decodeURIComponent(url.username) || undefined,
    password: url.password ? decodeURIComponent(url.password) : undefined,
    database: decodeURIComponent(url.pathname.slice(1)) || undefined,
    ssl: url.searchParams.get("sslmode") === "require" ? { rejectUnauthorized: false } : undefined,
  };
}

function describe(error: unknown): string {
  if (error instanceof Error) return error.message;
  if (typeof error === "object" && error !== null) return JSON.stringify(error);
  return String(error);
}

/** Reads the migrations folder the way the Prisma CLI does. */
export async function readMigrations(dir = migrationsDir): Promise<MigrationList> {
  const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
  const folders = entries
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
  const lockPath = path.join(dir, "migration_lock.toml");
  return {
    baseDir: dir,
    lockfile: { path: "migration_lock.toml", content: await readFile(lockPath, "utf8").catch(() => null) },
    shadowDbInitScript: "",
    migrationDirectories: await Promise.all(
      folders.map(async (folder) => {
        const content = await readFile(path.join(dir, folder, "migration.sql"), "utf8")
          .then((sql) => ({ tag: "ok" as const, value: sql }))
          .catch((error: unknown) => ({ tag: "error" as const, value: describe(error) }));
        return { path: folder, migrationFile: { path: "migration.sql", content } };
      }),
    ),
  };
}

async function readSchemaFiles() {
  return { files: [{ path: schemaPath, content: await readFile(schemaPath, "utf8") }] };
}

/**
 * What `prisma migrate deploy` does: apply every migration not yet recorded.
 * Then the job queue's own schema (Graphile Worker keeps its migrations in
 * `graphile_worker`), which our migrations do not describe.
 */
export async function applyMigrations(databaseUrl: string): Promise<string[]> {
  const migrationsList = await readMigrations();
  const applied = await withSchemaEngine(databaseUrl, async (engine) => {
    const result = await engine.applyMigrations({ migrationsList, filters: noFilters });
    return result.appliedMigrationNames;
  });
  await installJobQueue(databaseUrl);
  return applied;
}

/**
 * SQL that takes a database built by the migrations folder to what
 * schema.prisma describes; empty when they agree. Replays the migrations on
 * a shadow database, so `databaseUrl` must be a server that allows CREATE DATABASE.
 */
export async function diffMigrationsToSchema(databaseUrl: string): Promise<string> {
  const migrationsList = await readMigrations();
  const schema = await readSchemaFiles();
  return withSchemaEngine(databaseUrl, async (engine) => {
    const result = await engine.diff({
      from: { tag: "migrations", ...migrationsList },
      to: { tag: "schemaDatamodel", ...schema },
      script: true,
      exitCode: null,
      filters: noFilters,
    });
    return result.stdout ?? "";
  });
}

/** SQL that creates schema.prisma from nothing: the first migration. */
export async function diffEmptyToSchema(databaseUrl: string): Promise<string> {
  const schema = await readSchemaFiles();
  return withSchemaEngine(databaseUrl, async (engine) => {
    const result = await engine.diff({
      from: { tag: "empty" },
      to: { tag: "schemaDatamodel", ...schema },
      script: true,
      exitCode: null,
      filters: noFilters,
    });
    return result.stdout ?? "";
  });
}

export function isEmptyMigration(sql: string): boolean {
  return sql.replace(/--.*$/gm, "").trim() === "";
}
