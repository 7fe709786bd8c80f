// Feedback and review service: the only way components reach feedback and review commands.
import { AppError, call, commands } from "../ipc/client";
import type { Feedback, FeedbackFields, Reflection, Review, ReviewFields } from "../ipc/bindings";
import { formatDate, todayIso } from "../activities/format";

/** How many pieces of practice-related feedback NMC revalidation asks for. */
export const NMC_FEEDBACK_TARGET = 5;
/** The length of an NMC revalidation (and CLD renewal) cycle, in years. */
export const CYCLE_YEARS = 3;
/** How many reflections the review form offers (the journal's largest page). */
const REFLECTION_LIMIT = 200;

/** A reflection as the review form offers it: enough to tick it by title. */
export interface ReflectionChoice {
  id: string;
  title: string;
}

export function listFeedback(): Promise<Feedback[]> {
  return call(commands.listFeedback());
}

/** Records new feedback (`id` null) or saves changes to existing feedback. */
export async function saveFeedback(id: string | null, fields: FeedbackFields): Promise<Feedback> {
  requireDate(fields.receivedOn, "receivedOn", "Choose the date you received it.");
  return call(id === null ? commands.createFeedback(fields) : commands.updateFeedback(id, fields));
}

export async function deleteFeedback(id: string): Promise<void> {
  await call(commands.deleteFeedback(id));
}

export function listReviews(): Promise<Review[]> {
  return call(commands.listReviews());
}

/** Records a new review (`id` null) or saves changes to an existing one. */
export async function saveReview(id: string | null, fields: ReviewFields): Promise<Review> {
  requireDate(fields.heldOn, "heldOn", "Choose the date of the discussion.");
  return call(id === null ? commands.createReview(fields) : commands.updateReview(id, fields));
}

export async function deleteReview(id: string): Promise<void> {
  await call(commands.deleteReview(id));
}

/** The reflections a review can be about (not those in the trash), most recent first. */
export async function listReflectionChoices(): Promise<ReflectionChoice[]> {
  const page = await call(commands.listReflections({ offset: 0, limit: REFLECTION_LIMIT }));
  return page.items.map(toChoice);
}

function toChoice(reflection: Reflection): ReflectionChoice {
  return { id: reflection.id, title: reflectionTitle(reflection.fields.title) };
}

/** A reflection's title as lists show it. */
export function reflectionTitle(title: string): string {
  return title.trim() || "Untitled reflection";
}

export function emptyFeedback(today: string = todayIso()): FeedbackFields {
  return { receivedOn: today, source: "", content: "", useMade: "" };
}

export function emptyReview(today: string = todayIso()): ReviewFields {
  return {
    heldOn: today,
    reviewerName: "",
    reviewerRole: "",
    registrationNumber: "",
    contact: "",
    notes: "",
    reflectionIds: [],
  };
}

/** Whether a date box holds a real calendar date (a cleared box holds ""). */
export function isDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(2000, 0, 1);
  date.setFullYear(year, month - 1, day);
  return date.getFullYear() === year && date.getMonth() === month - 1 && date.getDate() === day;
}

/** A cleared or impossible date cannot even reach Rust: say so beside the box, as Rust would. */
function requireDate(value: string, field: string, message: string): void {
  if (!isDate(value)) throw new AppError({ code: "invalid", field, message });
}

/** The same calendar day `years` earlier, as YYYY-MM-DD (29 Feb compares as expected). */
function yearsBefore(iso: string, years: number): string {
  const year = Number(iso.slice(0, 4)) - years;
  return `${String(year).padStart(4, "0")}${iso.slice(4)}`;
}

/** How much feedback was received in the `years` up to and including `today`. */
export function feedbackWithin(
  items: Feedback[],
  today: string = todayIso(),
  years: number = CYCLE_YEARS,
): number {
  const since = yearsBefore(today, years);
  return items.filter(({ fields }) => fields.receivedOn >= since && fields.receivedOn <= today)
    .length;
}

/** A line on progress towards NMC's five pieces of feedback. */
export function feedbackProgress(count: number): string {
  if (count >= NMC_FEEDBACK_TARGET) {
    return `${count} pieces of feedback in the last ${CYCLE_YEARS} years — enough for NMC revalidation.`;
  }
  return `${count} of ${NMC_FEEDBACK_TARGET} pieces of feedback for NMC revalidation, from the last ${CYCLE_YEARS} years.`;
}

/** One line naming a piece of feedback: "Line manager, Tue 3 Mar 2026". */
export function feedbackSummary(feedback: Feedback): string {
  return `${feedback.fields.source}, ${formatDate(feedback.fields.receivedOn)}`;
}

/** One line naming a review: "Jo Bloggs (NMC registrant), Tue 3 Mar 2026". */
export function reviewSummary(review: Review): string {
  const { reviewerName, reviewerRole, heldOn } = review.fields;
  const who = reviewerRole ? `${reviewerName} (${reviewerRole})` : reviewerName;
  return `${who}, ${formatDate(heldOn)}`;
}

/** The titles of the reflections a review discussed, naming those no longer listed. */
export function discussedTitles(ids: string[], choices: ReflectionChoice[]): string[] {
  const titles = new Map(choices.map((choice) => [choice.id, choice.title]));
  return ids.map((id) => titles.get(id) ?? "A reflection in the trash");
}

/** `ids` with `id` ticked or unticked, keeping the order they were ticked in. */
export function toggled(ids: string[], id: string, on: boolean): string[] {
  const without = ids.filter((other) => other !== id);
  return on ? [...without, id] : without;
}
