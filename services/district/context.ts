import type { SubgraphContext } from '../core/subgraph';
import type { DistrictLoaders } from './loaders';

export type DistrictContext = SubgraphContext<DistrictLoaders>;
