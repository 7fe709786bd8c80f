// The editor's extensions: Markdown, undo, keys and looks, with nothing that makes it a code editor.
import { defaultKeymap, history, historyKeymap } from "@codemirror/commands";
import { markdownKeymap, markdownLanguage, pasteURLAsLink } from "@codemirror/lang-markdown";
import { LanguageSupport } from "@codemirror/language";
import { Prec, type Extension } from "@codemirror/state";
import { EditorView, keymap, placeholder as placeholderText } from "@codemirror/view";
import { emphasisCommand } from "./emphasis";
import { writingTheme } from "./theme";

/** What names the editor for people and for tests; these may change while it is open. */
export interface Described {
  label: string;
  name?: string;
  placeholder?: string;
}

/** What the editor tells its owner. */
export interface Hooks {
  change: (text: string) => void;
  blur: () => void;
}

/** The accessible name, the test hook and the placeholder. */
export function described({ label, name, placeholder }: Described): Extension {
  const attributes: Record<string, string> = {
    "aria-label": label,
    spellcheck: "true",
    autocorrect: "on",
    autocapitalize: "sentences",
  };
  if (name) attributes["data-name"] = name;
  return [EditorView.contentAttributes.of(attributes), placeholder ? placeholderText(placeholder) : []];
}

/**
 * Everything else. The language is built from `markdownLanguage` rather than `markdown()`,
 * which would bring in the HTML, CSS and JavaScript languages to highlight embedded HTML.
 */
export function writing(hooks: Hooks): Extension {
  return [
    new LanguageSupport(markdownLanguage, pasteURLAsLink),
    history(),
    EditorView.lineWrapping,
    writingTheme,
    Prec.high(
      keymap.of([
        { key: "Mod-b", run: emphasisCommand("strong") },
        { key: "Mod-i", run: emphasisCommand("emphasis") },
        ...markdownKeymap,
      ]),
    ),
    keymap.of([...defaultKeymap, ...historyKeymap]),
    EditorView.updateListener.of((update) => {
      if (update.docChanged) hooks.change(update.state.doc.toString());
    }),
    EditorView.domEventHandlers({ blur: () => hooks.blur() }),
  ];
}
