// What the export card holds while the user chooses: the layout and period follow the
// requirement profile until the user chooses otherwise; the cover starts from Settings.
import type { Choice, Layout, ProfileBody } from "../ipc/bindings";
import {
  buildRequest,
  chosenEntries,
  coverBody,
  entriesIn,
  layoutFor,
  periodChoices,
  periodProblem,
  rangeOf,
  type ExportChoice,
  type EntryLine,
  type ExportForm,
  type JournalEntries,
  type PeriodChoice,
} from "./export";
import type { ExportSetup } from "./service";

export class ExportFormState {
  form = $state<ExportForm>({
    layout: "general",
    format: "pdf",
    period: "year",
    from: "",
    to: "",
    name: "",
    registrationNumber: "",
    body: "",
    includePrivate: false,
    withEvidence: false,
    template: null,
  });
  setup = $state<ExportSetup | null>(null);
  /** The journal's entries once the user opens "Choose entries…"; null until then (every entry goes in). */
  journalEntries = $state<JournalEntries | null>(null);
  /** Entries the user unticked: everything else in the period goes in. */
  unticked = $state<string[]>([]);
  #bodies: Choice<ProfileBody>[] = [];
  #today = "";
  /** Set once the user picks a layout or writes a body: a profile no longer changes them. */
  #chosen = { layout: false, body: false };

  readonly choices: PeriodChoice[] = $derived(periodChoices(this.setup?.cycles ?? [], this.#bodies, this.#today));
  readonly range = $derived(rangeOf(this.choices, this.form.period, this.form));
  readonly problem = $derived(periodProblem(this.range));
  /** The period's entries, for the list of checkboxes. */
  readonly entryLines: EntryLine[] = $derived(
    this.journalEntries ? entriesIn(this.journalEntries, this.range, this.form.includePrivate) : [],
  );

  constructor(bodies: Choice<ProfileBody>[], today: string) {
    this.#bodies = bodies;
    this.#today = today;
  }

  /** Fills the card from what the journal holds: the first profile's cycle, layout and body, the cover from Settings. */
  load(setup: ExportSetup): void {
    this.setup = setup;
    this.form.name = setup.settings.ownerName;
    this.form.registrationNumber = setup.settings.registrationNumber;
    const first = setup.cycles[0];
    this.choosePeriod(first ? `cycle:${first.profileId}` : "year");
  }

  /** Chooses a period; a profile's cycle brings its layout and body unless the user chose their own. */
  choosePeriod(value: string): void {
    const before = this.range;
    this.form.period = value;
    if (value === "custom" && before && !this.form.from && !this.form.to) {
      this.form.from = before.from;
      this.form.to = before.to;
    }
    const profileId = this.choices.find((choice) => choice.value === value)?.profileId;
    const profile = this.setup?.profiles.find((p) => p.id === profileId);
    if (!profile) return;
    if (!this.#chosen.layout) this.form.layout = layoutFor(profile.fields.body);
    if (!this.#chosen.body) this.form.body = coverBody(profile, this.#bodies, this.setup?.bodyNames);
  }

  chooseLayout(layout: Layout): void {
    this.#chosen.layout = true;
    this.form.layout = layout;
  }

  chooseFormat(format: ExportChoice): void {
    this.form.format = format;
  }

  /** Ticks or unticks one entry. */
  tickEntry(id: string, ticked: boolean): void {
    this.unticked = ticked ? this.unticked.filter((other) => other !== id) : [...this.unticked, id];
  }

  /** The user wrote the body themselves. */
  bodyWritten(): void {
    this.#chosen.body = true;
  }

  /** The request for the chosen period; null while the period cannot be exported. */
  request() {
    return this.range && !this.problem
      ? buildRequest(
          $state.snapshot(this.form) as ExportForm,
          this.range,
          this.journalEntries ? chosenEntries(this.entryLines, this.unticked) : null,
        )
      : null;
  }
}
