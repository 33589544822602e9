/** Styles inside the sidebar host's shadow root: host-page CSS cannot reach them. */
export const FRAME_CSS = `
:host { all: initial; }
.frame { position: absolute; inset: 0; display: flex; background: #fff; border-left: 1px solid #9aa5b1;
  box-shadow: -2px 0 6px rgba(0,0,0,.18); }
.frame[hidden] { display: none; }
iframe { flex: 1; border: 0; width: 100%; height: 100%; background: #fff; color-scheme: light; }
.resize { width: 6px; cursor: ew-resize; background: #e4e7eb; flex: none; touch-action: none; }
.resize:hover, .resize:focus-visible { background: #1d70b8; outline: none; }
.tab { all: unset; position: absolute; top: 40%; right: 0; writing-mode: vertical-rl; padding: 12px 6px;
  background: #0b3d66; color: #fff; font: 600 13px/1 system-ui, sans-serif; letter-spacing: .05em;
  border-radius: 6px 0 0 6px; cursor: pointer; }
.tab:focus-visible { outline: 3px solid #ffdd00; }
.tab[hidden] { display: none; }
`;
