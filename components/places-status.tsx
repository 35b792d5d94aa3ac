import { useTranslations } from "next-intl";
import type { Places } from "@/lib/programme/places";

export function PlacesStatus({ places, cancelled = false }: { places: Places; cancelled?: boolean }) {
  const t = useTranslations("common");
  if (cancelled) return <span className="tag bg-danger text-white">{t("cancelled")}</span>;
  switch (places.kind) {
    case "unlimited":
      return <span>{t("unlimited")}</span>;
    case "full":
      return <span className="tag bg-ink text-white">{t("full")}</span>;
    case "available":
      return <span>{t("placesLeft", { count: places.left })}</span>;
    case "unknown":
      return <span>{t("placesUnknown")}</span>;
  }
}
