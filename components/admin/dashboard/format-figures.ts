/** "75%": whole percentages read best at a glance. */
export function formatPercent(fraction: number): string {
  return new Intl.NumberFormat("en-GB", { style: "percent", maximumFractionDigits: 0 }).format(fraction);
}

/** "12.25": CPD hours are kept to the hundredth. */
export function formatHours(hours: number): string {
  return new Intl.NumberFormat("en-GB", { maximumFractionDigits: 2 }).format(hours);
}
