// One short message at a time, with an optional action such as "Undo".

export interface Toast {
  message: string;
  action?: { label: string; run: () => void };
}

class Toasts {
  current = $state<Toast | null>(null);
  #timer: ReturnType<typeof setTimeout> | null = null;

  show(toast: Toast, ms = 6000): void {
    this.current = toast;
    if (this.#timer) clearTimeout(this.#timer);
    this.#timer = setTimeout(() => (this.current = null), ms);
  }

  dismiss(): void {
    this.current = null;
  }
}

export const toasts = new Toasts();
