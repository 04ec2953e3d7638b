import type { SubgraphContext } from '../core/subgraph';
import type { CityLoaders } from './loaders';

export type CityContext = SubgraphContext<CityLoaders>;
