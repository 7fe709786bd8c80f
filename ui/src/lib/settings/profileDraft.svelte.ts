// The profile form's typing: the draft, its errors, filling it from a body's preset, saving.
import type { Choice, Profile, ProfileBody } from "../ipc/bindings";
import { formErrors, noErrors } from "../shell/errors";
import { placeErrors, profilePreset, saveProfile, withPreset, type ProfileDraft } from "./profiles";

export class ProfileForm {
  fields = $state() as ProfileDraft;
  errors = $state(noErrors());
  busy = $state(false);
  /** Set while a body's preset is being read, so Save waits for it. */
  filling = $state(false);
  #start = $state("");
  #initial: ProfileDraft;
  /** The label as the form itself last set it: any other was typed by the user. */
  #setLabel: string;
  #id: string | null;
  #bodies: Choice<ProfileBody>[];
  /** Which preset read is the latest, so an older answer arriving late is ignored. */
  #reads = 0;

  constructor(id: string | null, initial: ProfileDraft, bodies: Choice<ProfileBody>[]) {
    this.#id = id;
    this.#bodies = bodies;
    this.#initial = { ...initial };
    this.#setLabel = initial.label;
    this.fields = initial;
    this.#start = JSON.stringify(initial);
  }

  /** Whether anything has been typed since the form opened. */
  get unsaved(): boolean {
    return JSON.stringify(this.fields) !== this.#start;
  }

  /**
   * Fills the body's usual settings in, after the body was chosen. The date stays, and so does
   * a label typed here; a stored label stays only with its own body (an NMC label would
   * mislabel an HCPC profile). Going back to the stored body brings its settings back.
   */
  async choose(body: ProfileBody): Promise<void> {
    const read = ++this.#reads;
    const initial = this.#initial;
    const typed = this.fields.label !== this.#setLabel;
    const label = typed ? this.fields.label : body === initial.body ? initial.label : "";
    this.#setLabel = label;
    const cycleStart = this.fields.cycleStart;
    this.errors = noErrors();
    if (body === initial.body) {
      this.fields = { ...initial, label, cycleStart };
      this.filling = false;
      return;
    }
    this.fields.body = body;
    this.filling = true;
    try {
      const preset = await profilePreset(body, cycleStart);
      if (read !== this.#reads) return;
      this.fields = withPreset({ ...this.fields, body, label }, preset, this.#bodies);
    } catch (error) {
      if (read === this.#reads) this.errors = formErrors(error);
    } finally {
      if (read === this.#reads) this.filling = false;
    }
  }

  /** Saves; returns the profile, or null after placing the error beside the box at fault. */
  async save(): Promise<Profile | null> {
    this.busy = true;
    try {
      const saved = await saveProfile(this.#id, $state.snapshot(this.fields) as ProfileDraft);
      this.errors = noErrors();
      this.#start = JSON.stringify(this.fields);
      return saved;
    } catch (error) {
      this.errors = placeErrors(formErrors(error), this.fields.body);
      return null;
    } finally {
      this.busy = false;
    }
  }
}
