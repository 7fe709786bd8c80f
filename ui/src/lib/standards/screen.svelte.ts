// What the standards screen shows, kept while the user visits other screens.

export const standardsScreen = $state({
  /** The framework chosen in the menu; null until the user chooses one. */
  frameworkId: null as string | null,
  /** A value of `periodChoices`. */
  period: "year",
  /** The date boxes of "Choose dates…" (YYYY-MM-DD or ""). */
  from: "",
  to: "",
});
