// Building the demo's longer texts: lists are lines starting "- ", paragraphs
// are separated by a blank line (as components/rich-text.tsx reads them).

export function lines(...items: string[]): string {
  return items.join("\n");
}

export function paragraphs(...items: string[]): string {
  return items.join("\n\n");
}
