/**
 * Which elements friction capture ignores entirely: password and one-time-code fields, card fields,
 * anything named like a secret, and whatever the site adapter marks. A sensitive element gets no
 * counters and its clicks are not recorded. Cheap attribute reads only: this runs in hot handlers.
 */

const SENSITIVE_AUTOCOMPLETE = /cc-|one-time-code|new-password|current-password/i;
const SENSITIVE_NAME = /pass(word|code)?|pin\b|otp|secret|token|cvv|security.?code/i;

/** True when the built-in rules say `element` must never be observed. */
export function isBuiltInSensitive(element: Element): boolean {
  if (element.localName === 'input' && element.getAttribute('type')?.toLowerCase() === 'password')
    return true;
  const autocomplete = element.getAttribute('autocomplete');
  if (autocomplete && SENSITIVE_AUTOCOMPLETE.test(autocomplete)) return true;
  const name = element.getAttribute('name');
  const id = element.getAttribute('id');
  return (!!name && SENSITIVE_NAME.test(name)) || (!!id && SENSITIVE_NAME.test(id));
}

/**
 * A sensitivity check combining the built-in rules with the adapter's `extra` rule. Once an element is
 * found sensitive it stays so for the page (a "show password" toggle does not make it observable), and
 * an `extra` rule that throws counts as "sensitive": the check fails safe.
 */
export function createSensitiveCheck(extra?: (element: Element) => boolean): (element: Element) => boolean {
  const known = new WeakSet<Element>();
  return (element) => {
    if (known.has(element)) return true;
    let sensitive: boolean;
    try {
      sensitive = isBuiltInSensitive(element) || (extra?.(element) ?? false);
    } catch {
      sensitive = true;
    }
    if (sensitive) known.add(element);
    return sensitive;
  };
}
