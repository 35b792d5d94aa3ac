import { describe, expect, it } from "vitest";
import developersCy from "../../i18n/messages/developers.cy.json";
import developersEn from "../../i18n/messages/developers.en.json";
import { documentedOperations } from "./documented-operations";
import { API_OPERATIONS, FILE_OPERATIONS, openApiDocument } from "./openapi-document";

describe("the OpenAPI document", () => {
  const document = openApiDocument("https://cpd.example") as unknown as {
    openapi: string;
    servers: Array<{ url: string }>;
    paths: Record<
      string,
      {
        servers?: Array<{ url: string }>;
        get: { operationId: string; parameters?: Array<{ name: string; in: string; required?: boolean }>; responses: Record<string, unknown> };
      }
    >;
    components: { schemas: Record<string, { type?: string; properties?: Record<string, unknown>; required?: string[] }> };
  };

  it("is OpenAPI 3.1 for this site, one GET per operation, with ids as listed", () => {
    expect(document.openapi).toBe("3.1.0");
    expect(document.servers).toEqual([{ url: "https://cpd.example/api/v1" }]);
    expect(Object.keys(document.paths)).toEqual([...API_OPERATIONS, ...FILE_OPERATIONS].map((operation) => operation.path));
    for (const { operationId, path } of API_OPERATIONS) expect(document.paths[path]!.get.operationId).toBe(operationId);
  });

  it("lists the schedule files and calendar feeds too, served from the site itself", () => {
    for (const { path, contentType } of FILE_OPERATIONS) {
      expect(document.paths[path]!.servers).toEqual([{ url: "https://cpd.example" }]);
      expect(Object.keys((document.paths[path]!.get.responses["200"] as { content: object }).content)).toEqual([contentType]);
    }
  });

  it("is generated from the zod schemas: named components with their fields and required lists", () => {
    const session = document.components.schemas.Session!;
    expect(session.type).toBe("object");
    expect(session.required).toEqual(expect.arrayContaining(["id", "slug", "title", "starts_at", "ends_at", "places", "status"]));
    expect(Object.keys(session.properties!)).not.toContain("join_url");
    expect(document.components.schemas).toHaveProperty("Problem");
    expect(document.components.schemas).toHaveProperty("LocalisedText");
  });

  it("declares each path parameter required, and the same parameters the developers page lists", () => {
    for (const operation of documentedOperations(document)) {
      const declared = document.paths[operation.path]!.get.parameters ?? [];
      expect(declared.map((parameter) => parameter.name)).toEqual(operation.parameters.map((parameter) => parameter.name));
      for (const parameter of declared.filter((candidate) => candidate.in === "path")) expect(parameter.required).toBe(true);
    }
    const sessions = documentedOperations(document).find((operation) => operation.operationId === "listWeekSessions")!;
    expect(sessions.parameters.find((parameter) => parameter.name === "format")?.values).toEqual(["online", "in-person", "hybrid"]);
  });

  it("has words in English and Welsh for every operation and parameter the page shows", () => {
    for (const catalogue of [developersEn, developersCy]) {
      for (const operation of documentedOperations(document)) {
        expect(catalogue.operations).toHaveProperty(operation.operationId);
        for (const parameter of operation.parameters) expect(catalogue.parameterMeanings, parameter.name).toHaveProperty(parameter.name);
      }
    }
  });
});
