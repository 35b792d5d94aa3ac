import { API_OPERATIONS, type ApiOperationId } from "./openapi-document";

// What the /developers page shows of each operation, read from the OpenAPI
// document itself (its paths, parameters and their allowed values), so the
// page cannot describe a parameter the API does not take.

export type DocumentedParameter = { name: string; in: "path" | "query"; values: string[] | null };
export type DocumentedOperation = { operationId: ApiOperationId; path: string; parameters: DocumentedParameter[] };

type JsonSchema = { $ref?: string; enum?: unknown[] };
type Parameter = { name: string; in: string; schema?: JsonSchema };
type Document = { paths?: Record<string, { get?: { parameters?: unknown[] } } | undefined>; components?: { schemas?: Record<string, unknown> } };

function resolve(schema: JsonSchema | undefined, document: Document): JsonSchema | undefined {
  if (!schema?.$ref) return schema;
  const name = schema.$ref.replace("#/components/schemas/", "");
  return document.components?.schemas?.[name] as JsonSchema | undefined;
}

export function documentedOperations(document: Document): DocumentedOperation[] {
  return API_OPERATIONS.map(({ operationId, path }) => {
    const parameters = ((document.paths?.[path]?.get?.parameters ?? []) as Parameter[]).map((parameter) => {
      const schema = resolve(parameter.schema, document);
      return {
        name: parameter.name,
        in: parameter.in === "path" ? ("path" as const) : ("query" as const),
        values: Array.isArray(schema?.enum) ? schema.enum.map(String) : null,
      };
    });
    return { operationId, path, parameters };
  });
}
