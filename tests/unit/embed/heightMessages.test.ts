import { describe, expect, it } from 'vitest';
import { heightMessages } from '../../../src/embed/heightMessages';

describe('heightMessages', () => {
  it('says the height in Datawrapper’s shape, keyed by the embed id, and in AMP’s', () => {
    expect(heightMessages('nl-espionage', 731)).toStrictEqual([
      { 'datawrapper-height': { 'nl-espionage': 731 } },
      { sentinel: 'amp', type: 'embed-size', height: 731 },
    ]);
  });
});
