import { link, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { saveToOutbox } from "./outbox";

let outbox: string;
const visible = async () => (await readdir(outbox)).filter((name) => name.endsWith(".eml")).sort();

beforeEach(async () => {
  outbox = path.join(await mkdtemp(path.join(tmpdir(), "cpd-outbox-")), "outbox");
});

afterEach(async () => {
  await rm(path.dirname(outbox), { recursive: true, force: true });
});

describe("the outbox folder", () => {
  it("saves an email with a key once, however often it is saved", async () => {
    const first = await saveToOutbox(outbox, "Subject: one\r\n", "email-1");
    const again = await saveToOutbox(outbox, "Subject: one\r\n", "email-1");
    expect(first.earlier).toBe(false);
    expect(again.earlier).toBe(true);
    expect(await visible()).toEqual([path.basename(first.file)]);
    expect(path.basename(first.file)).toMatch(/^\d{4}-\d\d-\d\dT[\d-]+Z-email-1\.eml$/);
    expect(await readFile(first.file, "utf8")).toBe("Subject: one\r\n");
  });

  it("keeps emails without a key apart, and lists every email in the order saved", async () => {
    const a = await saveToOutbox(outbox, "a");
    await new Promise((resolve) => setTimeout(resolve, 5));
    const b = await saveToOutbox(outbox, "b", "email-2");
    await new Promise((resolve) => setTimeout(resolve, 5));
    const c = await saveToOutbox(outbox, "c");
    expect(await visible()).toEqual([a, b, c].map((saved) => path.basename(saved.file)));
  });

  it("makes visible an email saved by a worker stopped before it could show it, without writing it again", async () => {
    // As a worker killed between the two steps leaves it: the proof of saving, no visible copy.
    await mkdir(path.join(outbox, ".sent"), { recursive: true });
    await writeFile(path.join(outbox, ".sent", "email-3.eml"), "the first attempt's message");
    const saved = await saveToOutbox(outbox, "a second attempt's message", "email-3");
    expect(saved.earlier).toBe(true);
    expect(await visible()).toEqual([path.basename(saved.file)]);
    expect(await readFile(saved.file, "utf8")).toBe("the first attempt's message");
    expect((await saveToOutbox(outbox, "x", "email-3")).earlier).toBe(true);
    expect(await visible()).toHaveLength(1);
  });

  it("makes the folder again when someone removed it while the site ran", async () => {
    await saveToOutbox(outbox, "before", "email-4");
    await rm(outbox, { recursive: true });
    const after = await saveToOutbox(outbox, "after", "email-5");
    const keyless = await saveToOutbox(outbox, "keyless");
    expect(await visible()).toEqual([after, keyless].map((saved) => path.basename(saved.file)).sort());
  });

  it("counts an email as shown only while it has its visible name", async () => {
    const saved = await saveToOutbox(outbox, "m", "email-6");
    await rm(saved.file);
    const again = await saveToOutbox(outbox, "m", "email-6");
    expect(await visible()).toEqual([path.basename(again.file)]);
    // A second name made by hand counts as shown too.
    await link(again.file, path.join(outbox, "copy.eml"));
    expect((await saveToOutbox(outbox, "m", "email-6")).earlier).toBe(true);
  });
});
