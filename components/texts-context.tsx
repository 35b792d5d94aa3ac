"use client";

import { createContext, useContext, type ReactNode } from "react";

/**
 * A context for a few words translated on the server (by the root layout)
 * and read by client components, so that a page whose client components
 * need only those words loads no message formatter in the browser. `hook`
 * names the reader in the error thrown when the provider is missing.
 */
export function createTextsContext<Texts>(hook: string) {
  const TextsContext = createContext<Texts | null>(null);

  function Provider({ texts, children }: { texts: Texts; children: ReactNode }) {
    return <TextsContext.Provider value={texts}>{children}</TextsContext.Provider>;
  }

  function useTexts(): Texts {
    const texts = useContext(TextsContext);
    if (!texts) throw new Error(`${hook} needs its provider (the root layout gives it)`);
    return texts;
  }

  return { Provider, useTexts };
}
