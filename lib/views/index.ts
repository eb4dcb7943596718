// View models of the dashboard's four charts: what each chart draws, with its title, unit, source line and notes.
// Pure (no React, no Next): the recharts dashboard and the server-drawn SVG widget render the same numbers.
export * from "./types";
export * from "./flow-labels";
export * from "./periods";
export * from "./range";
export * from "./sources";
export * from "./release-figures";
export * from "./release-month";
export * from "./bridge";
export * from "./series";
export * from "./series-data";
export * from "./rank";
export * from "./check-rows";
