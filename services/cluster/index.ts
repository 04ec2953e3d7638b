import 'reflect-metadata';
import { runService } from '../core/main';
import { startSubgraph } from '../core/subgraph';
import { clusterSubgraph } from './subgraph';

runService(clusterSubgraph.name, (config) => startSubgraph(clusterSubgraph, config));
