// Browser entry point for the demo case-record system. Wires up delegated behaviour
// (client-side navigation, tabs, form validation, repeating sections, case-note
// re-rendering, session timeout) and re-runs per-page work after each #page swap.
import { initNavigation } from './nav.js';
import { initTabs } from './tabs.js';
import { initValidation } from './validation.js';
import { initRepeats } from './repeat.js';
import { initCaseNotes, scheduleCaseNotesRender } from './casenotes.js';
import { initSession, restartSession } from './session.js';

function onPageChange() {
  scheduleCaseNotesRender();
  restartSession();
}

initTabs();
initValidation();
initRepeats();
initCaseNotes();
initSession();
initNavigation({ onPageChange });
onPageChange();
