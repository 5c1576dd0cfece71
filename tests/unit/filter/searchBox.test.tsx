// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { SearchBox } from '../../../src/filter/SearchBox';
import { EventList } from '../../../src/panel/EventList';
import { queryTerms } from '../../../src/search/fold';
import { makeStory } from '../fixtures';

Object.assign(globalThis, { IS_REACT_ACT_ENVIRONMENT: true });

let root: Root;
let host: HTMLDivElement;
beforeEach(() => {
  vi.useFakeTimers();
  host = document.createElement('div');
  document.body.append(host);
  root = createRoot(host);
});
afterEach(() => {
  act(() => root.unmount());
  host.remove();
  vi.useRealTimers();
});

/** Types into a controlled input as a reader would: React hears of it through the native setter. */
function type(input: HTMLInputElement, value: string) {
  const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set;
  setter?.call(input, value);
  input.dispatchEvent(new Event('input', { bubbles: true }));
}

describe('SearchBox', () => {
  it('is a labelled search field', () => {
    act(() => root.render(<SearchBox query="" settleMs={0} onChange={() => {}} />));
    const input = host.querySelector('input') as HTMLInputElement;
    expect(input.type).toBe('search');
    expect(host.querySelector(`label[for="${input.id}"]`)?.textContent).toBe('Search the events');
  });

  it('tells every key at once for a small story', () => {
    const onChange = vi.fn();
    act(() => root.render(<SearchBox query="" settleMs={0} onChange={onChange} />));
    const input = host.querySelector('input') as HTMLInputElement;
    act(() => type(input, 'd'));
    act(() => type(input, 'du'));
    expect(onChange.mock.calls).toEqual([['d'], ['du']]);
  });

  it('waits for a pause in typing for a large story, then tells the text once', () => {
    const onChange = vi.fn();
    act(() => root.render(<SearchBox query="" settleMs={300} onChange={onChange} />));
    const input = host.querySelector('input') as HTMLInputElement;
    for (const text of ['r', 'ro', 'rot']) {
      act(() => type(input, text));
      act(() => vi.advanceTimersByTime(100));
    }
    expect(input.value).toBe('rot');
    expect(onChange).not.toHaveBeenCalled();
    act(() => vi.advanceTimersByTime(300));
    expect(onChange.mock.calls).toEqual([['rot']]);
  });

  it('shows a query changed elsewhere (a chip, Clear all, Back) without telling it back', () => {
    const onChange = vi.fn();
    act(() => root.render(<SearchBox query="raid" settleMs={300} onChange={onChange} />));
    act(() => root.render(<SearchBox query="" settleMs={300} onChange={onChange} />));
    act(() => vi.advanceTimersByTime(1000));
    expect((host.querySelector('input') as HTMLInputElement).value).toBe('');
    expect(onChange).not.toHaveBeenCalled();
  });
});

describe('EventList with a search', () => {
  it('marks the matches in titles and places', () => {
    const story = makeStory([{ id: 'dus', date: '2024-04-22', place: { name: 'Düsseldorf', lon: 6.77, lat: 51.22, country: 'DE' } }]);
    act(() =>
      root.render(
        <EventList events={story.events} styles={new Map()} selectedId={null} terms={queryTerms('dusseldorf')} onSelect={() => {}} onHover={() => {}} />,
      ),
    );
    expect([...host.querySelectorAll('mark')].map((m) => m.textContent)).toEqual(['Düsseldorf']);
  });
});
