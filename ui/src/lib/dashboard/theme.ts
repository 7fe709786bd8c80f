// The app's colours, read from its CSS variables at runtime, so charts match light and dark.

/** The colours and font a chart is drawn with. */
export interface Theme {
  accent: string;
  /** The accent, see-through: the second shade of a stacked bar. */
  accentFaded: string;
  text: string;
  muted: string;
  grid: string;
  surface: string;
  font: string;
}

/** `colour` at `alpha` (0 to 1), for a #rgb or #rrggbb colour; any other colour unchanged. */
export function fade(colour: string, alpha: number): string {
  let hex = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(colour.trim())?.[1];
  if (!hex) return colour;
  if (hex.length === 3) hex = [...hex].map((c) => c + c).join("");
  const [r, g, b] = [0, 2, 4].map((at) => parseInt(hex.slice(at, at + 2), 16));
  return `rgba(${r}, ${g}, ${b}, ${alpha})`;
}

/** The theme as the document's CSS variables have it now. */
export function readTheme(root: Element = document.documentElement): Theme {
  const style = getComputedStyle(root);
  const read = (name: string, fallback: string) => style.getPropertyValue(name).trim() || fallback;
  const accent = read("--accent", "#2f6b6f");
  return {
    accent,
    accentFaded: fade(accent, 0.4),
    text: read("--text", "#26302f"),
    muted: read("--muted", "#6b716d"),
    grid: read("--border", "#e2dacd"),
    surface: read("--surface", "#fffdf9"),
    font: read("--font-ui", "system-ui, sans-serif"),
  };
}
