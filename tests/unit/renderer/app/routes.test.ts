// Hash routing: which page and parameters an address means, and the addresses links are given.
import { describe, expect, it } from 'vitest';

import { idParam, parseLocation, routeHref } from '../../../../renderer/app/routes.js';

describe('parseLocation', () => {
  it('reads the page and its parameters', () => {
    expect(parseLocation('#/enterprises')).toEqual({ route: 'enterprises', params: {} });
    expect(parseLocation('#/chain-map?chain=3&cluster=1')).toEqual({
      route: 'chain-map',
      params: { chain: '3', cluster: '1' },
    });
  });

  it('falls back to the chain map for an empty or unknown address', () => {
    expect(parseLocation('').route).toBe('chain-map');
    expect(parseLocation('#/nope').route).toBe('chain-map');
  });
});

describe('routeHref', () => {
  it('round-trips through parseLocation', () => {
    const href = routeHref('chain-map', { chain: 12 });
    expect(href).toBe('#/chain-map?chain=12');
    expect(parseLocation(href)).toEqual({ route: 'chain-map', params: { chain: '12' } });
    expect(routeHref('import')).toBe('#/import');
  });
});

describe('idParam', () => {
  it('accepts positive integers only', () => {
    expect(idParam({ chain: '7' }, 'chain')).toBe(7);
    expect(idParam({ chain: '0' }, 'chain')).toBeNull();
    expect(idParam({ chain: '1.5' }, 'chain')).toBeNull();
    expect(idParam({ chain: 'x' }, 'chain')).toBeNull();
    expect(idParam({}, 'chain')).toBeNull();
  });
});
