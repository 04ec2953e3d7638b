import 'reflect-metadata';
import { runService } from '../core/main';
import { startSubgraph } from '../core/subgraph';
import { citySubgraph } from './subgraph';

runService(citySubgraph.name, (config) => startSubgraph(citySubgraph, config));
