// @vitest-environment jsdom
// Margin's own layers over the page (observation pins, friction badges): added to the page only when
// there is something to show, counting only fields that are on screen, and gone when Margin stops.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createFrictionLayer } from '@/lib/highlights/friction-layer';
import { createPinLayer } from '@/lib/highlights/pins';
import { createMutationHub } from '@/lib/page/mutation-hub';

/** jsdom lays nothing out: give every element but `hidden` ones a size. */
function fakeLayout() {
  vi.spyOn(Element.prototype, 'getBoundingClientRect').mockImplementation(function (this: Element) {
    const size = this.classList.contains('hidden') ? 0 : 20;
    return { left: 10, top: 10, width: size, height: size } as DOMRect;
  });
}

afterEach(() => {
  document.documentElement.querySelectorAll('margin-layer, margin-friction-layer').forEach((e) => e.remove());
});

const mark = (css: string) => ({ css, label: 'Reason', score: 3, counts: { corrections: 2 } });

describe('friction layer', () => {
  it('shows a badge for each mark whose field is on screen, skipping missing, hidden and broken ones', () => {
    fakeLayout();
    document.body.innerHTML = '<input id="a"><input id="b" class="hidden">';
    const controller = new AbortController();
    const layer = createFrictionLayer(document, controller.signal);
    expect(layer.show([mark('#a'), mark('#b'), mark('#missing'), mark('##broken')])).toBe(1);
    expect(document.querySelector('margin-friction-layer')).not.toBeNull();
    expect(layer.show([])).toBe(0);
    expect(document.querySelector('margin-friction-layer')).toBeNull();
    layer.show([mark('#a')]);
    controller.abort();
    expect(document.querySelector('margin-friction-layer')).toBeNull();
  });
});

describe('pin layer', () => {
  it('adds its layer only once there is a pin to draw, and removes it when Margin stops', () => {
    fakeLayout();
    document.body.innerHTML = '<input id="a">';
    const controller = new AbortController();
    const mutations = createMutationHub(document, { signal: controller.signal });
    const layer = createPinLayer(document, () => {}, mutations, controller.signal);
    layer.draw([], null);
    expect(document.querySelector('margin-layer')).toBeNull();
    layer.draw([{ id: 'o1', kind: 'concern', element: document.querySelector('#a')! }], 'o1');
    expect(document.querySelector('margin-layer')).not.toBeNull();
    controller.abort();
    expect(document.querySelector('margin-layer')).toBeNull();
  });
});
