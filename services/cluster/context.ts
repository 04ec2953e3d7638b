import type { SubgraphContext } from '../core/subgraph';
import type { ClusterLoaders } from './loaders';

export type ClusterContext = SubgraphContext<ClusterLoaders>;
