// Chart.js with only the pieces the dashboard draws, so the rest is left out of the bundle.
// Loaded on first use (see `loadChart`), so the app starts without it.
import { BarController, BarElement, CategoryScale, Chart, LinearScale, Tooltip } from "chart.js";

Chart.register(BarController, BarElement, CategoryScale, LinearScale, Tooltip);

export { Chart };
