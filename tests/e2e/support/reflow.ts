import type { Page } from "@playwright/test";

/**
 * WCAG 2.2 success criterion 1.4.10 (Reflow): content can be read at 320 CSS
 * pixels wide (a 1280 px window at 400% zoom) without scrolling in two
 * directions. Data tables are an exception: they may scroll sideways inside a
 * box of their own, as long as a keyboard can reach that box to scroll it.
 */
export const REFLOW_WIDTH = 320;

/**
 * What stops the page in `page` reflowing at its current width, as readable
 * lines (none when it reflows):
 * - the document scrolls sideways: how wide it is, and the innermost elements
 *   that stick out past the window's right edge (so a failure names the
 *   culprit, say a paragraph with an unbroken email address, rather than <body>);
 * - a box scrolls sideways but cannot be reached with the keyboard, or has no
 *   name (a region for a data table needs both);
 * - a box cuts off content that does not fit (overflow hidden), which hides it
 *   rather than reflowing it.
 */
export async function reflowProblems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const root = document.documentElement;
    const windowWidth = root.clientWidth;
    const problems: string[] = [];
    const tolerance = 0.5;

    const describe = (element: Element): string => {
      const id = element.id ? `#${element.id}` : "";
      const className = element.getAttribute("class")?.trim();
      const classes = className ? `.${className.split(/\s+/).slice(0, 4).join(".")}` : "";
      const text = (element.textContent ?? "").replace(/\s+/g, " ").trim();
      const quoted = text ? ` "${text.length > 70 ? `${text.slice(0, 70)}…` : text}"` : "";
      return `<${element.tagName.toLowerCase()}${id}${classes}>${quoted}`;
    };

    // Walk the page, measuring how far right each element draws. Inside a box
    // that scrolls or clips, only what is positioned against something outside
    // the box escapes it (an absolutely positioned screen-reader-only caption in
    // a scrolling table, say) and can still widen the page.
    const sticksOut: { element: Element; reach: number }[] = [];
    const boxes: Element[] = [];
    const escapes = (element: Element, style: CSSStyleDeclaration, clippedBy: Element | null) => {
      if (!clippedBy) return true;
      if (style.position === "fixed") return true;
      if (style.position !== "absolute") return false;
      const containingBlock = (element as HTMLElement).offsetParent;
      return !containingBlock || !clippedBy.contains(containingBlock);
    };
    const walk = (element: Element, clippedBy: Element | null) => {
      for (const child of element.children) {
        const style = getComputedStyle(child);
        if (style.display === "none") continue;
        const contained = style.overflowX !== "visible";
        if (escapes(child, style, clippedBy)) {
          const rect = child.getBoundingClientRect();
          // scrollWidth counts text that runs past the element's own box (a long
          // word in a paragraph); an inline element's box already covers its text.
          const drawnWidth = contained ? rect.width : Math.max(rect.width, child.scrollWidth);
          const reach = rect.left + window.scrollX + drawnWidth;
          if (reach > windowWidth + tolerance) sticksOut.push({ element: child, reach });
        }
        if (contained) boxes.push(child);
        walk(child, contained ? child : clippedBy);
      }
    };
    walk(root, null);

    const documentWidth = root.scrollWidth;
    if (documentWidth > windowWidth) {
      const innermost = sticksOut.filter(({ element }) => !sticksOut.some((other) => other.element !== element && element.contains(other.element)));
      const culprits = innermost.slice(0, 5).map(({ element, reach }) => `${describe(element)} reaches ${Math.round(reach)}px`);
      problems.push(`the page is ${documentWidth}px wide in a ${windowWidth}px window: ${culprits.join("; ") || "no single element found"}`);
    }

    for (const box of new Set([root, document.body, ...boxes])) {
      const style = getComputedStyle(box);
      const hiddenWidth = box.scrollWidth - box.clientWidth;
      // Fits; or visually hidden text for screen readers; or a form field, whose own text scrolls as you type.
      if (hiddenWidth <= 1 || box.clientWidth <= 1 || box.matches("input, textarea, select")) continue;
      if (style.overflowX === "auto" || style.overflowX === "scroll") {
        if (box === root) continue; // the document scrolling is reported above
        const focusable = (box as HTMLElement).tabIndex >= 0;
        const named = box.getAttribute("role") === "region" && (box.hasAttribute("aria-label") || box.hasAttribute("aria-labelledby"));
        if (!focusable || !named) {
          problems.push(
            `${describe(box)} scrolls sideways (${hiddenWidth}px) but is not ${!focusable ? "reachable with the keyboard (tabindex=0)" : "a named region"}`,
          );
        }
      } else if (style.overflowX === "hidden" || style.overflowX === "clip") {
        problems.push(`${describe(box)} cuts off ${hiddenWidth}px of content (overflow ${style.overflowX})`);
      }
    }
    return problems;
  });
}
