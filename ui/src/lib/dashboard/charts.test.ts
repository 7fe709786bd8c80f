import type { TooltipItem } from "chart.js";
import { describe, expect, it } from "vitest";
import { monthChart, OTHER, PARTICIPATORY, shareChart, shareHeight } from "./charts";
import { monthRows, type ShareRow } from "./service";
import type { Theme } from "./theme";

const theme: Theme = {
  accent: "#2f6b6f",
  accentFaded: "rgba(47, 107, 111, 0.4)",
  text: "#26302f",
  muted: "#6b716d",
  grid: "#e2dacd",
  surface: "#fffdf9",
  font: "Inter",
};

const rows = monthRows([
  { month: "2025-12-01", minutes: 90, participatoryMinutes: 60 },
  { month: "2026-01-01", minutes: 30, participatoryMinutes: 0 },
]);

function item(dataIndex: number, datasetIndex: number, label: string): TooltipItem<"bar"> {
  return { dataIndex, datasetIndex, dataset: { label } } as unknown as TooltipItem<"bar">;
}

describe("month chart configuration", () => {
  const config = monthChart(rows, theme);

  it("stacks participatory hours in the accent under the rest in the faded accent", () => {
    const [deep, light] = config.data.datasets;
    expect(deep).toMatchObject({ label: PARTICIPATORY, data: [1, 0], backgroundColor: theme.accent });
    expect(light).toMatchObject({ label: OTHER, data: [0.5, 0.5], backgroundColor: theme.accentFaded });
    expect(config.options?.scales?.x?.stacked && config.options.scales.y?.stacked, "bars stack").toBe(true);
    expect(config.data.labels).toEqual([["Dec", "2025"], ["Jan", "2026"]]);
  });

  it("draws without animation, in the theme's colours", () => {
    expect(config.options?.animation).toBe(false);
    expect(config.options?.scales?.y?.grid?.color).toBe(theme.grid);
    expect(config.options?.scales?.x?.ticks?.color).toBe(theme.muted);
  });

  it("gives tooltips the month, each part and the total as durations", () => {
    const callbacks = config.options?.plugins?.tooltip?.callbacks;
    const call = <A extends unknown[]>(fn: unknown, ...args: A) => (fn as (...a: A) => unknown)(...args);
    expect(call(callbacks?.title, [item(0, 0, PARTICIPATORY)])).toBe("Dec 2025");
    expect(call(callbacks?.label, item(0, 0, PARTICIPATORY))).toBe("Participatory: 1 h");
    expect(call(callbacks?.label, item(0, 1, OTHER))).toBe("Other learning: 30 min");
    expect(call(callbacks?.footer, [item(0, 1, OTHER)])).toBe("In all: 1 h 30 min");
  });
});

describe("share chart configuration", () => {
  const shares: ShareRow[] = [
    { label: "Course", minutes: 150, hours: 2.5, time: "2 h 30 min" },
    { label: "Reading", minutes: 30, hours: 0.5, time: "30 min" },
  ];

  it("lays bars on their side, labelled by kind or mode", () => {
    const config = shareChart(shares, theme);
    expect(config.options?.indexAxis).toBe("y");
    expect(config.data.labels).toEqual(["Course", "Reading"]);
    expect(config.data.datasets[0]?.data).toEqual([2.5, 0.5]);
  });

  it("grows with the number of bars", () => {
    expect(shareHeight(3)).toBeGreaterThan(shareHeight(1));
    expect(shareHeight(0), "an empty chart still has room for its axis").toBe(shareHeight(1));
  });
});
