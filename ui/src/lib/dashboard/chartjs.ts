// Chart.js, fetched the first time a chart is drawn: it stays out of the app's first load.
import type { Chart } from "chart.js";

let loading: Promise<typeof Chart> | undefined;

export function loadChart(): Promise<typeof Chart> {
  loading ??= import("./register").then((module) => module.Chart);
  return loading;
}
