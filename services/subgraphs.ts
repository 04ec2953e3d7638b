import type { SubgraphDefinition } from './core/subgraph';
import { citySubgraph } from './city/subgraph';
import { clusterSubgraph } from './cluster/subgraph';
import { districtSubgraph } from './district/subgraph';

/** All three levels, for what spans them: printing the schema, seeding, tests. Services never import it. */
export const SUBGRAPHS: SubgraphDefinition<any>[] = [districtSubgraph, clusterSubgraph, citySubgraph];
