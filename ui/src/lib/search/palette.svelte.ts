// Whether the search palette is open: shared so the sidebar button, Ctrl K and the palette agree.

class Palette {
  open = $state(false);

  show(): void {
    this.open = true;
  }
}

export const palette = new Palette();
