// The benchmarks count statements too, so the counter lives with the tooling
// (scripts/support): tests may depend on it, never the other way round.
export { countQueries } from "../../scripts/support/count-queries";
