import { describe, expect, it } from "vitest";
import { csvField, csvFilename, csvResponse, writeCsv } from "./write-csv";

describe("csvField", () => {
  it("leaves plain text, numbers and empty cells alone", () => {
    expect(csvField("Carys Pritchard")).toBe("Carys Pritchard");
    expect(csvField(1.5)).toBe("1.5");
    expect(csvField(0)).toBe("0");
    expect(csvField("")).toBe("");
    expect(csvField(null)).toBe("");
    expect(csvField(undefined)).toBe("");
  });

  it("quotes commas, double quotes and line breaks (RFC 4180)", () => {
    expect(csvField("Cardiff, Wales")).toBe('"Cardiff, Wales"');
    expect(csvField('The "critical" workshop')).toBe('"The ""critical"" workshop"');
    expect(csvField("line one\nline two")).toBe('"line one\nline two"');
    expect(csvField("line one\r\nline two")).toBe('"line one\r\nline two"');
    expect(csvField('"')).toBe('""""');
  });

  it("keeps non-ASCII names exactly", () => {
    expect(csvField("Siân Llŷr")).toBe("Siân Llŷr");
    expect(csvField("Zoë, Ffion & Łucja")).toBe('"Zoë, Ffion & Łucja"');
  });

  it("neutralises cells that a spreadsheet would run as a formula", () => {
    expect(csvField("=1+1")).toBe("'=1+1");
    expect(csvField("+44 29 2022 6257")).toBe("'+44 29 2022 6257");
    expect(csvField("-2")).toBe("'-2");
    expect(csvField("@SUM(A1:A2)")).toBe("'@SUM(A1:A2)");
    expect(csvField("\t=cmd")).toBe("'\t=cmd");
    expect(csvField("\r=cmd")).toBe('"\'\r=cmd"');
    expect(csvField(-2)).toBe("'-2");
  });

  it("both neutralises and quotes when a formula also holds a comma or quote", () => {
    expect(csvField('=HYPERLINK("http://x.test","Click")')).toBe('"\'=HYPERLINK(""http://x.test"",""Click"")"');
  });

  it("only looks at the first character for formulas", () => {
    expect(csvField("a=b")).toBe("a=b");
    expect(csvField("Jones-Evans")).toBe("Jones-Evans");
    expect(csvField("name@example.test")).toBe("name@example.test");
    expect(csvField(" =1+1")).toBe(" =1+1");
  });
});

describe("writeCsv", () => {
  it("starts with a UTF-8 byte-order mark and ends every record with CRLF", () => {
    const csv = writeCsv([
      ["Name", "Organisation"],
      ["Siân Llŷr", "Cardiff, Council"],
    ]);
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv).toBe('\uFEFFName,Organisation\r\nSiân Llŷr,"Cardiff, Council"\r\n');
    expect(Buffer.from(csv, "utf8").subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
  });

  it("keeps a line break inside a quoted field without starting a new record", () => {
    const csv = writeCsv([["a\nb", "c"]]);
    expect(csv).toBe('\uFEFF"a\nb",c\r\n');
    expect(csv.split("\r\n")).toHaveLength(2);
  });

  it("writes empty cells as nothing between commas", () => {
    expect(writeCsv([["a", null, undefined, ""]])).toBe("\uFEFFa,,,\r\n");
  });

  it("gives just the byte-order mark for no rows", () => {
    expect(writeCsv([])).toBe("\uFEFF");
  });
});

describe("csvFilename", () => {
  it("keeps only lower-case letters, digits and hyphens", () => {
    expect(csvFilename("registrations", "social-media-and-cpd")).toBe("registrations-social-media-and-cpd.csv");
    expect(csvFilename("Registrations", 'Siân "Llŷr"; rm -rf /')).toBe("registrations-sian-llyr-rm-rf.csv");
    expect(csvFilename("../../etc/passwd")).toBe("etc-passwd.csv");
  });

  it("never gives an empty or over-long name", () => {
    expect(csvFilename("")).toBe("export.csv");
    expect(csvFilename("--")).toBe("export.csv");
    const long = csvFilename("x".repeat(500));
    expect(long.length).toBeLessThanOrEqual(124);
    expect(long).toMatch(/^x+\.csv$/);
  });
});

describe("csvResponse", () => {
  it("is an uncached attachment with a safe name", async () => {
    const response = csvResponse("registrations-week.csv", writeCsv([["a"]]));
    expect(response.headers.get("Content-Type")).toBe("text/csv; charset=utf-8");
    expect(response.headers.get("Content-Disposition")).toBe('attachment; filename="registrations-week.csv"');
    expect(response.headers.get("Cache-Control")).toBe("no-store");
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  });
});
