import { XMLParser } from "fast-xml-parser";
import { FRAB_XML_REPEATED_PATHS } from "../../lib/schedule/frab-schedule-schema";

// Frab XML read back by an independent parser (fast-xml-parser), in the shape
// lib/schedule/frab-schedule-schema.ts describes, for the tests to check.

const options = {
  ignoreAttributes: false,
  attributeNamePrefix: "@_",
  parseTagValue: false,
  parseAttributeValue: false,
  ignoreDeclaration: true,
  // Character references (&#10;) as well as the five XML entities.
  htmlEntities: true,
  isArray: (_name: string, path: unknown) => (FRAB_XML_REPEATED_PATHS as readonly string[]).includes(String(path)),
};

export function parseFrabXml(xml: string): unknown {
  return new XMLParser(options).parse(xml);
}

/** The names of the root's children in document order (the XSD's xs:sequence), joined by commas. */
export function frabXmlRootOrder(xml: string): string {
  const [root] = (new XMLParser({ ...options, preserveOrder: true }).parse(xml) as Record<string, unknown>[]).filter((node) => "schedule" in node);
  const children = (root?.schedule ?? []) as Record<string, unknown>[];
  return children.map((child) => Object.keys(child).find((key) => key !== ":@") ?? "").join(",");
}
