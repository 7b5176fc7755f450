// Loads a page's code the first time it is opened: each page (and what only it uses, such as the
// network's Cytoscape and layouts) becomes its own chunk instead of one bundle read at start.
import { lazy, type ComponentType } from 'react';

export function lazyPage<M, K extends keyof M>(
  load: () => Promise<M>,
  name: K,
): M[K] extends ComponentType<infer P> ? ComponentType<P> : never {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- React.lazy's own bound
  return lazy(async () => ({ default: (await load())[name] as ComponentType<any> })) as never;
}
