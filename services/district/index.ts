import 'reflect-metadata';
import { runService } from '../core/main';
import { startSubgraph } from '../core/subgraph';
import { districtSubgraph } from './subgraph';

runService(districtSubgraph.name, (config) => startSubgraph(districtSubgraph, config));
