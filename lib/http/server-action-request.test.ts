import { describe, expect, it } from "vitest";
import { checkReplyRoot, checkServerActionRequest, isAcceptedReplyValue } from "./server-action-request";

const ORIGIN = "http://127.0.0.1:3100";

function actionRequest(body: BodyInit, headers: Record<string, string> = {}) {
  return new Request(`${ORIGIN}/account/cpd/new`, {
    method: "POST",
    body,
    headers: { "next-action": "00ab", origin: ORIGIN, host: "127.0.0.1:3100", ...headers },
  });
}

function multipart(fields: Record<string, string>) {
  const form = new FormData();
  for (const [key, value] of Object.entries(fields)) form.append(key, value);
  return form;
}

describe("server action request envelope", () => {
  it("accepts what our forms send: a root with the previous state and $K1, and the fields", async () => {
    const body = multipart({
      "0": JSON.stringify([{ status: "idle", values: "$undefined", when: "$D2026-11-26T10:00:00.000Z" }, "$K1"]),
      "1_title": "$literal",
      "1_hours": "1.5",
    });
    await expect(checkServerActionRequest(actionRequest(body))).resolves.toEqual({ ok: true });
    await expect(checkServerActionRequest(actionRequest(multipart({ "0": '["$K1"]' })))).resolves.toEqual({ ok: true });
    expect(isAcceptedReplyValue(["$$5 voucher", "$n12345", "$-0", "$N", "$I", 3, null, true])).toBe(true);
  });

  it("leaves other requests alone", async () => {
    const get = new Request(`${ORIGIN}/programme`);
    await expect(checkServerActionRequest(get)).resolves.toEqual({ ok: true });
    const plainForm = new Request(`${ORIGIN}/sign-in`, { method: "POST", body: multipart({ $ACTION_ID_00ab: "", email: "x" }) });
    await expect(checkServerActionRequest(plainForm)).resolves.toEqual({ ok: true });
  });

  it("refuses a missing, unreadable or outlined root with 400", async () => {
    for (const fields of [
      { a: "b" } as Record<string, string>,
      { "0": "junk" },
      { "0": '["$@5"]' },
      { "0": '["$Qzz"]' },
      { "0": '{"a":["$F1"]}' },
      { "0": '"$1"' },
      { "0": "3" },
      { "0": '{"a":1}' },
      { "0": "null" },
    ]) {
      const verdict = await checkServerActionRequest(actionRequest(multipart(fields)));
      expect(verdict, JSON.stringify(fields)).toMatchObject({ ok: false, status: 400 });
    }
    await expect(checkServerActionRequest(actionRequest("junk", { "content-type": "text/plain" }))).resolves.toMatchObject({ ok: false, status: 400 });
    expect(checkReplyRoot(undefined)).toMatchObject({ ok: false, status: 400 });
  });

  it("refuses another site's Origin with 403 and a body over the limit with 413", async () => {
    await expect(checkServerActionRequest(actionRequest(multipart({ "0": '["$K1"]' }), { origin: "https://evil.example" }))).resolves.toMatchObject({
      ok: false,
      status: 403,
    });
    await expect(checkServerActionRequest(actionRequest(multipart({ "0": '["$K1"]' }), { origin: "not a url" }))).resolves.toMatchObject({
      ok: false,
      status: 403,
    });
    const big = multipart({ "0": '["$K1"]', "1_x": "x".repeat(2_000) });
    await expect(checkServerActionRequest(actionRequest(big, { "content-length": "5000" }), 1_000)).resolves.toMatchObject({ ok: false, status: 413 });
  });

  it("follows a proxy's forwarded host when comparing the Origin", async () => {
    const request = actionRequest(multipart({ "0": '["$K1"]' }), { origin: "https://cpdweek.example.org", "x-forwarded-host": "cpdweek.example.org" });
    await expect(checkServerActionRequest(request)).resolves.toEqual({ ok: true });
  });

  it("refuses absurdly deep roots", () => {
    let deep: unknown = "x";
    for (let level = 0; level < 100; level++) deep = [deep];
    expect(isAcceptedReplyValue(deep)).toBe(false);
  });

  it("refuses U+0000 in a form field, which PostgreSQL could not store", async () => {
    const body = multipart({ _1_title: "a\u0000b", "0": '["$K1"]' });
    await expect(checkServerActionRequest(actionRequest(body))).resolves.toMatchObject({ ok: false, status: 400 });
  });
});
