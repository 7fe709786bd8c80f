// Distraction-free writing: while on, only the page being written is shown.

class FocusMode {
  on = $state(false);
  /** Whether the current screen offers it (a reflection being written). */
  available = $state(false);

  toggle(): void {
    this.on = this.available && !this.on;
  }
}

export const focusMode = new FocusMode();
