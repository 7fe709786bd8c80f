// A requirement profile's current cycle as Rust works it out (`profileProgress`), shaped for
// the period menus of the standards and portfolio screens. The cycle rule itself lives in Rust.
import type { Choice, ProfileBody, ProfileProgress } from "../ipc/bindings";

/** One profile's current cycle; both dates inclusive, YYYY-MM-DD. */
export interface ProfileCycle {
  profileId: string;
  body: ProfileBody;
  /** The profile's own label, possibly empty: see `cycleName`. */
  label: string;
  from: string;
  to: string;
}

/** The cycle a `profileProgress` answer reports. */
export function toCycle(progress: ProfileProgress): ProfileCycle {
  return {
    profileId: progress.profileId,
    body: progress.body,
    label: progress.label,
    from: progress.cycleStart,
    to: progress.cycleEnd,
  };
}

/** The profile's own label, else its body's name, else the body's code in capitals. */
export function cycleName(cycle: { label: string; body: ProfileBody }, bodies: Choice<ProfileBody>[]): string {
  return cycle.label.trim() || bodies.find((choice) => choice.value === cycle.body)?.label || cycle.body.toUpperCase();
}
