import { ImageResponse } from "next/og";
import { fitBlock, fitLines } from "./fit-text";
import type { OpenGraphCard } from "./open-graph-card";
import { drawableText, measureWith, openGraphFont } from "./open-graph-fonts";

// A share image as a 1200×630 PNG, the size Open Graph, Teams, LinkedIn and
// X show as a large card (and Google's event results accept: at least 720
// wide). Drawn by next/og (Satori and resvg, inside Next.js) with DejaVu Sans
// from node_modules; every line is measured and cut to fit here first, so
// nothing depends on the renderer's own wrapping.

export const OPEN_GRAPH_IMAGE_SIZE = { width: 1200, height: 630 } as const;

const PAD_X = 72;
const PAD_Y = 60;
const CONTENT_WIDTH = OPEN_GRAPH_IMAGE_SIZE.width - 2 * PAD_X;
// Measured widths are held a little under the line, in case the renderer's kerning differs from fontkit's.
const SAFE_WIDTH = Math.floor(CONTENT_WIDTH * 0.97);

const KICKER = { size: 30, lineHeight: 1.2 };
const BADGE = { size: 26, padX: 14, border: 3, gap: 24 };
const TITLE = { sizes: [72, 62, 54, 48], lineHeight: 1.16, height: 262, top: 26 };
const DETAILS = { sizes: [34, 30, 26], lineHeight: 1.25 };
const THEME = { size: 30, lineHeight: 1.25 };
const FOOTER = { size: 28, lineHeight: 1.2, rule: 4, gap: 18 };

/** One line of text cut to a width with "…", at the first of `sizes` that fits it whole. */
function oneLineAt(text: string, sizes: readonly number[], font: "regular" | "bold", width: number): { text: string; size: number } {
  let last = { text: "", size: sizes[0] ?? 30 };
  for (const size of sizes) {
    const fitted = fitLines(text, measureWith(font, size), width, 1);
    last = { text: fitted.lines[0] ?? "", size };
    if (!fitted.truncated) return last;
  }
  return last;
}

/** Where everything goes: the text to draw, cut to fit, and the size of each part. */
export function layOutCard(card: OpenGraphCard) {
  const badge = card.badge ? drawableText(card.badge) : null;
  const badgeWidth = badge ? Math.ceil(measureWith("bold", BADGE.size)(badge)) + 2 * (BADGE.padX + BADGE.border) : 0;
  const kicker = oneLineAt(drawableText(card.kicker), [KICKER.size], "regular", SAFE_WIDTH - (badge ? badgeWidth + BADGE.gap : 0));
  const title = fitBlock(drawableText(card.title), {
    sizes: TITLE.sizes,
    lineHeight: TITLE.lineHeight,
    maxWidth: SAFE_WIDTH,
    height: TITLE.height,
    measureAt: (size) => measureWith("bold", size),
  });
  const [when = "", theme] = card.details.map(drawableText);
  return {
    kicker: kicker.text,
    badge,
    title,
    when: oneLineAt(when, DETAILS.sizes, "regular", SAFE_WIDTH),
    theme: theme ? oneLineAt(theme, [THEME.size], "regular", SAFE_WIDTH).text : null,
    footer: oneLineAt(drawableText(card.footer), [FOOTER.size], "regular", SAFE_WIDTH).text,
  };
}

const line = { display: "flex", whiteSpace: "nowrap", overflow: "hidden" } as const;

function CardImage({ card }: { card: OpenGraphCard }) {
  const layout = layOutCard(card);
  return (
    <div
      lang={card.locale === "cy" ? "cy" : "en-GB"}
      style={{
        width: "100%",
        height: "100%",
        display: "flex",
        flexDirection: "column",
        padding: `${PAD_Y}px ${PAD_X}px`,
        backgroundColor: card.background,
        color: card.ink,
        fontFamily: "DejaVu Sans",
      }}
    >
      <div style={{ display: "flex", justifyContent: "space-between", alignItems: "center", height: KICKER.size * KICKER.lineHeight + 2 * BADGE.border }}>
        <div style={{ ...line, fontSize: KICKER.size, lineHeight: KICKER.lineHeight }}>{layout.kicker}</div>
        {layout.badge ? (
          <div style={{ ...line, fontSize: BADGE.size, fontWeight: 700, border: `${BADGE.border}px solid ${card.ink}`, padding: `2px ${BADGE.padX}px` }}>
            {layout.badge}
          </div>
        ) : null}
      </div>
      <div style={{ display: "flex", flexDirection: "column", marginTop: TITLE.top, height: TITLE.height }}>
        {layout.title.lines.map((text, index) => (
          <div key={index} style={{ ...line, fontSize: layout.title.size, fontWeight: 700, lineHeight: TITLE.lineHeight }}>
            {text}
          </div>
        ))}
      </div>
      <div style={{ display: "flex", flexDirection: "column", flexGrow: 1, justifyContent: "flex-end" }}>
        <div style={{ ...line, fontSize: layout.when.size, lineHeight: DETAILS.lineHeight }}>{layout.when.text}</div>
        {layout.theme ? <div style={{ ...line, fontSize: THEME.size, lineHeight: THEME.lineHeight }}>{layout.theme}</div> : null}
      </div>
      <div style={{ display: "flex", height: FOOTER.rule, backgroundColor: card.ink, marginTop: FOOTER.gap, marginBottom: FOOTER.gap }} />
      <div style={{ ...line, fontSize: FOOTER.size, lineHeight: FOOTER.lineHeight }}>{layout.footer}</div>
    </div>
  );
}

/**
 * The card as PNG bytes. Rendered in full before anything is sent, so that a
 * failure is an error here rather than a picture cut off mid-answer.
 */
export async function renderOpenGraphImage(card: OpenGraphCard): Promise<Uint8Array<ArrayBuffer>> {
  const regular = openGraphFont("regular");
  const bold = openGraphFont("bold");
  const response = new ImageResponse(<CardImage card={card} />, {
    ...OPEN_GRAPH_IMAGE_SIZE,
    fonts: [
      { name: "DejaVu Sans", data: regular.data, weight: 400, style: "normal" },
      { name: "DejaVu Sans", data: bold.data, weight: 700, style: "normal" },
    ],
  });
  return new Uint8Array(await response.arrayBuffer());
}
