import { ImageResponse } from "next/og";
import { PNG } from "pngjs";
import { createElement } from "react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { sessionOpenGraphCard, weekOpenGraphCard, type OpenGraphCard, type SessionForCard } from "./open-graph-card";
import { drawableText } from "./open-graph-fonts";
import { layOutCard, OPEN_GRAPH_IMAGE_SIZE, renderOpenGraphImage } from "./render-open-graph-image";

// The share images drawn for real (next/og with DejaVu Sans) and read back
// with pngjs: the right size, the right colours, text where it should be, a
// long Welsh title cut to fit, and no request to the internet on the way.

const longWelshTitle =
  "Gŵyl yr haf: sut mae gweithwyr cymdeithasol yn siarad â’r bobl ŷm ni’n eu cefnogi, a pham mae dewis iaith yn bwysig i bawb sy’n ymwneud â gofal cymdeithasol yng Nghymru heddiw, yfory a thu hwnt 🎉 — sesiwn hir iawn iawn iawn gyda theitl hir iawn";

const session: SessionForCard = {
  title: "Language choice in social care",
  titleCy: longWelshTitle,
  startsAt: new Date("2025-03-19T12:30:00Z"),
  endsAt: new Date("2025-03-19T14:00:00Z"),
  cancelled: true,
  event: {
    title: "Social Work Week 2025",
    titleCy: "Wythnos Gwaith Cymdeithasol 2025",
    timeZone: "Europe/London",
    organiserName: "Social Care Wales",
    organiserNameCy: "Gofal Cymdeithasol Cymru",
  },
  theme: { name: "Maintaining our social work identity", nameCy: "Cynnal ein hunaniaeth gwaith cymdeithasol", colour: "#00703c" },
};

const hex = (r: number, g: number, b: number) => `#${[r, g, b].map((c) => c.toString(16).padStart(2, "0")).join("")}`;

function pixelAt(png: PNG, x: number, y: number): string {
  const at = (png.width * y + x) * 4;
  return hex(png.data[at] ?? 0, png.data[at + 1] ?? 0, png.data[at + 2] ?? 0);
}

/** How many pixels of a row band are the ink colour: text was drawn there. */
function inkPixels(png: PNG, ink: string, top: number, bottom: number): number {
  let count = 0;
  for (let y = top; y < bottom; y++) for (let x = 0; x < png.width; x++) if (pixelAt(png, x, y) === ink) count++;
  return count;
}

async function draw(card: OpenGraphCard): Promise<PNG> {
  const bytes = await renderOpenGraphImage(card);
  // A PNG signature, then the whole file parses.
  expect(Array.from(bytes.subarray(0, 8))).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return PNG.sync.read(Buffer.from(bytes));
}

describe("drawing a share image", () => {
  // The renderer loads its own layout engine from a data: address; anything else would be a request to the internet.
  const realFetch = globalThis.fetch;
  const fetchSpy = vi.fn((input: string | URL | Request, init?: RequestInit) => {
    const address = input instanceof Request ? input.url : String(input);
    if (address.startsWith("data:")) return realFetch(input, init);
    return Promise.reject(new Error(`the share image must not reach the network (${address})`));
  });
  const outsideRequests = () =>
    fetchSpy.mock.calls.map(([input]) => (input instanceof Request ? input.url : String(input))).filter((address) => !address.startsWith("data:"));
  beforeEach(() => {
    fetchSpy.mockClear();
    vi.stubGlobal("fetch", fetchSpy);
  });
  afterEach(() => vi.unstubAllGlobals());

  it("draws a long Welsh title as a 1200×630 PNG in the theme colour, cut to fit, without fetching anything", async () => {
    const card = sessionOpenGraphCard(session, "cy");
    const png = await draw(card);
    expect({ width: png.width, height: png.height }).toEqual(OPEN_GRAPH_IMAGE_SIZE);
    expect(pixelAt(png, 5, 5)).toBe("#00703c");
    expect(pixelAt(png, 1195, 625)).toBe("#00703c");
    // Text in every band: kicker and badge, title, date, footer.
    for (const [top, bottom] of [
      [60, 100],
      [130, 380],
      [420, 500],
      [530, 570],
    ] as const)
      expect(inkPixels(png, card.ink, top, bottom), `ink between y=${top} and ${bottom}`).toBeGreaterThan(200);
    // Nothing drawn in the margins.
    expect(inkPixels(png, card.ink, 0, 40)).toBe(0);
    expect(inkPixels(png, card.ink, 600, 630)).toBe(0);
    expect(outsideRequests()).toEqual([]);

    const layout = layOutCard(card);
    expect(layout.title.truncated).toBe(true);
    expect(layout.title.lines.at(-1)).toMatch(/…$/);
    expect(layout.title.lines.join(" ")).toContain("Gŵyl yr haf");
    expect(layout.title.lines.join(" ")).toContain("ŷm");
    expect(layout.badge).toBe("Wedi’i chanslo");
    expect(layout.when.text).toBe("Dydd Mercher 19 Mawrth 2025 · 12:30–14:00 GMT");
  });

  it("draws ŵ, ŷ and â with their accents (the font has them), and leaves out what it cannot draw", async () => {
    const plain = await draw({ ...sessionOpenGraphCard(session, "en"), title: "wya" });
    const welsh = await draw({ ...sessionOpenGraphCard(session, "en"), title: "ŵŷâ" });
    const ink = sessionOpenGraphCard(session, "en").ink;
    // The circumflexes add ink to the title's lines.
    expect(inkPixels(welsh, ink, 120, 240)).toBeGreaterThan(inkPixels(plain, ink, 120, 240));
    expect(drawableText("Gŵyl 🎉 ŷ â 日本 w\u0302")).toBe("Gŵyl ŷ â ŵ");
    expect(drawableText("Tab\tand\nline\u0007break\u200d")).toBe("Tab and linebreak");
    expect(outsideRequests()).toEqual([]);
  });

  it("draws a week on the brand colour with white text", async () => {
    const card = weekOpenGraphCard(
      {
        title: "Social Work Week 2025",
        titleCy: "Wythnos Gwaith Cymdeithasol 2025",
        startDate: new Date("2025-03-17"),
        endDate: new Date("2025-03-21"),
        organiserName: "Social Care Wales",
        organiserNameCy: null,
      },
      "cy",
    );
    const png = await draw(card);
    expect({ width: png.width, height: png.height }).toEqual(OPEN_GRAPH_IMAGE_SIZE);
    expect(pixelAt(png, 5, 5)).toBe("#0f2e5a");
    expect(inkPixels(png, "#ffffff", 130, 300)).toBeGreaterThan(1000);
    expect(outsideRequests()).toEqual([]);
  });

  it("(why text is cut down first) next/og on its own fetches an emoji from the internet, and fails without it", async () => {
    const response = new ImageResponse(createElement("div", { style: { display: "flex" } }, "🎉"), { width: 100, height: 100 });
    await expect(response.arrayBuffer()).rejects.toThrow();
    expect(outsideRequests()[0]).toMatch(/^https:\/\//);
  });

  it("survives titles of nothing drawable and of 300 letters without a space", async () => {
    const base = sessionOpenGraphCard(session, "en");
    for (const title of ["🎉🎉🎉", "", "ŵ".repeat(300)]) {
      const png = await draw({ ...base, title });
      expect(png.width).toBe(1200);
    }
    const layout = layOutCard({ ...base, title: "ŵ".repeat(300) });
    expect(layout.title.truncated).toBe(true);
    expect(outsideRequests()).toEqual([]);
  });
});
