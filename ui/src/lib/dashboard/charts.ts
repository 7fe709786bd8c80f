// Chart.js configurations for the dashboard, built from shaped rows and the theme. Pure: the
// component that draws them registers Chart.js's pieces and reads the theme.
import type { ChartConfiguration, TooltipItem } from "chart.js";
import { formatDuration } from "../activities/format";
import type { MonthRow, ShareRow } from "./service";
import type { Theme } from "./theme";

export type BarConfig = ChartConfiguration<"bar", number[], string | string[]>;

/** The datasets' names, for the chart's legend and tooltips. */
export const PARTICIPATORY = "Participatory";
export const OTHER = "Other learning";

const hoursTick = (value: string | number) => `${value} h`;

function tooltip(theme: Theme) {
  return {
    backgroundColor: theme.text,
    titleColor: theme.surface,
    bodyColor: theme.surface,
    footerColor: theme.surface,
    titleFont: { family: theme.font, weight: 600 },
    bodyFont: { family: theme.font },
    footerFont: { family: theme.font, weight: 400 },
    cornerRadius: 6,
    padding: 8,
    displayColors: true,
    boxPadding: 4,
  } as const;
}

/** Hours per month, the participatory part stacked under the rest. */
export function monthChart(rows: MonthRow[], theme: Theme): BarConfig {
  const ticks = { color: theme.muted, font: { family: theme.font, size: 12 } };
  return {
    type: "bar",
    data: {
      labels: rows.map((row) => row.axis),
      datasets: [
        { label: PARTICIPATORY, data: rows.map((row) => row.participatoryHours), backgroundColor: theme.accent },
        {
          label: OTHER,
          data: rows.map((row) => row.otherHours),
          backgroundColor: theme.accentFaded,
          borderRadius: { topLeft: 4, topRight: 4 },
          borderSkipped: "start",
        },
      ],
    },
    options: {
      animation: false,
      responsive: true,
      maintainAspectRatio: false,
      datasets: { bar: { maxBarThickness: 30, categoryPercentage: 0.7 } },
      scales: {
        x: { stacked: true, grid: { display: false }, border: { color: theme.grid }, ticks },
        y: {
          stacked: true,
          beginAtZero: true,
          grid: { color: theme.grid },
          border: { display: false },
          ticks: { ...ticks, precision: 0, maxTicksLimit: 6, callback: hoursTick },
        },
      },
      plugins: {
        legend: { display: false },
        tooltip: {
          ...tooltip(theme),
          callbacks: {
            title: (items: TooltipItem<"bar">[]) => rows[items[0]?.dataIndex ?? 0]?.name ?? "",
            label: (item: TooltipItem<"bar">) => {
              const row = rows[item.dataIndex];
              if (!row) return "";
              const minutes = item.datasetIndex === 0 ? row.participatory : row.minutes - row.participatory;
              return `${item.dataset.label}: ${formatDuration(minutes)}`;
            },
            footer: (items: TooltipItem<"bar">[]) => {
              const row = rows[items[0]?.dataIndex ?? 0];
              return row ? `In all: ${formatDuration(row.minutes)}` : "";
            },
          },
        },
      },
    },
  };
}

/** Horizontal bars of time, one per kind or mode. */
export function shareChart(rows: ShareRow[], theme: Theme): BarConfig {
  const font = { family: theme.font, size: 12 };
  return {
    type: "bar",
    data: {
      labels: rows.map((row) => row.label),
      datasets: [{ data: rows.map((row) => row.hours), backgroundColor: theme.accent, borderRadius: 4 }],
    },
    options: {
      indexAxis: "y",
      animation: false,
      responsive: true,
      maintainAspectRatio: false,
      datasets: { bar: { maxBarThickness: 18, categoryPercentage: 0.8 } },
      scales: {
        x: {
          beginAtZero: true,
          grid: { color: theme.grid },
          border: { display: false },
          ticks: { color: theme.muted, font, precision: 0, maxTicksLimit: 5, callback: hoursTick },
        },
        y: { grid: { display: false }, border: { color: theme.grid }, ticks: { color: theme.text, font } },
      },
      plugins: {
        legend: { display: false },
        tooltip: {
          ...tooltip(theme),
          displayColors: false,
          callbacks: { label: (item: TooltipItem<"bar">) => rows[item.dataIndex]?.time ?? "" },
        },
      },
    },
  };
}

/** The height a share chart needs for `count` bars, in pixels. */
export function shareHeight(count: number): number {
  return Math.max(1, count) * 30 + 34;
}
