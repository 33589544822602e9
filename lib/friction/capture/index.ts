/**
 * Passive friction capture: privacy-safe counters of how practitioners struggle with a case system's
 * forms (focus, dwell, returns, corrections, pastes, validation errors, abandonment, rage and dead
 * clicks, error summaries, timeout warnings, unsaved exits, submits), sent in batches. Runs inside the
 * host page as part of the content script; only the content script wiring should call it, and only
 * after the practitioner opted in.
 */
export { startCapture, type Capture, type CaptureOptions } from './start-capture';
