// How the editor looks: a calm serif writing surface, with Markdown rendered lightly as you type.
import { HighlightStyle, syntaxHighlighting } from "@codemirror/language";
import { EditorView } from "@codemirror/view";
import { tags } from "@lezer/highlight";

const monospace = 'ui-monospace, "SF Mono", "Cascadia Mono", "DejaVu Sans Mono", monospace';

/** The surface itself; colours come from the app's CSS variables, so light and dark both work. */
const surface = EditorView.theme({
  "&": {
    color: "var(--text)",
    backgroundColor: "transparent",
    fontFamily: "var(--font-writing)",
    fontSize: "1.12rem",
    lineHeight: "1.75",
  },
  "&.cm-focused": { outline: "none", boxShadow: "0 2px 0 0 var(--border)" },
  ".cm-scroller": { fontFamily: "inherit", lineHeight: "inherit", overflow: "visible" },
  ".cm-content": {
    minHeight: "var(--editor-min-height, 8rem)",
    padding: "0.4rem 0",
    caretColor: "var(--text)",
  },
  ".cm-line": { padding: "0" },
  ".cm-placeholder": { color: "var(--faint)" },
  "::selection": { backgroundColor: "var(--accent-soft)" },
});

/** Markdown shown as it will read: bigger headings, real emphasis, quiet punctuation. */
const markdown = HighlightStyle.define([
  { tag: tags.heading1, fontSize: "1.5em", fontWeight: "700", lineHeight: "1.4" },
  { tag: tags.heading2, fontSize: "1.3em", fontWeight: "700", lineHeight: "1.45" },
  { tag: tags.heading3, fontSize: "1.15em", fontWeight: "700" },
  { tag: [tags.heading4, tags.heading5, tags.heading6], fontWeight: "700" },
  { tag: tags.emphasis, fontStyle: "italic" },
  { tag: tags.strong, fontWeight: "700" },
  { tag: tags.strikethrough, textDecoration: "line-through" },
  { tag: tags.link, color: "var(--accent)" },
  { tag: tags.monospace, fontFamily: monospace, fontSize: "0.88em" },
  { tag: tags.quote, color: "var(--muted)" },
  { tag: [tags.url, tags.contentSeparator, tags.labelName, tags.string], color: "var(--faint)" },
  // Declared last so the dimming wins over the colour of the link or heading around it.
  { tag: tags.processingInstruction, color: "var(--faint)", fontWeight: "400", fontStyle: "normal" },
]);

export const writingTheme = [surface, syntaxHighlighting(markdown)];
