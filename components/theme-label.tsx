import { ContentText } from "@/components/content-text";
import { Link } from "@/components/locale-link";

type Props = { theme: { slug: string; name: string; nameCy?: string | null; colour: string }; linked?: boolean };

/** A theme's name with its colour as a marker beside it: the colour is never the only signal. */
export function ThemeLabel({ theme, linked = false }: Props) {
  const marker = <span aria-hidden="true" className="inline-block h-3 w-3 shrink-0 rounded-full" style={{ backgroundColor: theme.colour }} />;
  if (!linked) {
    return (
      <span className="inline-flex items-center gap-2">
        {marker}
        <ContentText en={theme.name} cy={theme.nameCy} />
      </span>
    );
  }
  return (
    <span className="inline-flex items-center gap-2">
      {marker}
      <Link href={`/themes/${theme.slug}`}>
        <ContentText en={theme.name} cy={theme.nameCy} />
      </Link>
    </span>
  );
}
